import CZlib
import Foundation

/// Inflates gzip (and zlib) streams with the system zlib.
public enum Gzip {
    /// True when `data` starts with the gzip magic bytes 1f 8b.
    public static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The capacity reserved for inflating `data`: the trailer's uncompressed size (modulo 2^32), at
    /// most what deflate can expand the stream to (1032 bytes per byte), so a damaged trailer cannot
    /// reserve gigabytes for a small file.
    static func capacityHint(_ data: Data) -> Int {
        let sizeHint = data.count >= 8
            ? data.suffix(4).reversed().reduce(0) { ($0 << 8) | Int($1) } : 0
        return min(max(sizeHint, data.count * 2), data.count * maximumRatio, 1 << 31)
    }

    /// deflate's largest expansion: 258 bytes from 2 bits.
    static let maximumRatio = 1032

    /// The decompressed bytes of a whole gzip file (concatenated members are joined).
    ///
    /// - Throws: ``FITSError/badGzip(path:detail:)`` when the stream is damaged or cut short.
    static func inflate(_ data: Data, path: String) throws -> Data {
        var output = Data()
        output.reserveCapacity(capacityHint(data))
        var stream = z_stream()
        let status = inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw FITSError.badGzip(path: path, detail: "zlib init failed (\(status))") }
        defer { inflateEnd(&stream) }
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        try data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            guard let base = input.baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(input.count)
            var finished = false
            while !finished {
                let produced: Int = try chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                    switch result {
                    case Z_STREAM_END:
                        // Another gzip member may follow; trailing padding is ignored.
                        if stream.avail_in >= 2, let next = stream.next_in, next[0] == 0x1F, next[1] == 0x8B {
                            guard inflateReset(&stream) == Z_OK else {
                                throw FITSError.badGzip(path: path, detail: "cannot restart after a member")
                            }
                        } else {
                            finished = true
                        }
                    case Z_OK:
                        break
                    case Z_BUF_ERROR:
                        if stream.avail_in == 0 {
                            throw FITSError.badGzip(path: path, detail: "the compressed stream is cut short")
                        }
                    default:
                        let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(result)"
                        throw FITSError.badGzip(path: path, detail: message)
                    }
                    return chunkSize - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if !finished, produced == 0, stream.avail_in == 0 {
                    throw FITSError.badGzip(path: path, detail: "the compressed stream is cut short")
                }
            }
        }
        return output
    }
}
