import Foundation

/// Reads TFRecord files: a sequence of frames `length (UInt64 LE) | masked CRC32C of length |
/// data | masked CRC32C of data`.
///
/// Every frame's two checksums are verified; a damaged frame throws
/// ``ClassifierError/damagedRecord(path:index:reason:)`` naming the file and the record index.
/// Compressed (GZIP/ZLIB) TFRecord files are not supported.
public enum TFRecordReader {
    /// The data of every record in the file at `url`, in order.
    public static func records(contentsOf url: URL) throws -> [Data] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ClassifierError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        return try records(in: data, path: url.path)
    }

    /// The data of every record in `data`; `path` names the source in errors.
    public static func records(in data: Data, path: String) throws -> [Data] {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Data] in
            var result: [Data] = []
            var offset = 0
            let end = raw.count
            while offset < end {
                let index = result.count
                guard end - offset >= 12 else {
                    throw ClassifierError.damagedRecord(
                        path: path, index: index, reason: "truncated header: \(end - offset) bytes left, need 12")
                }
                let lengthBytes = UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 8)])
                let length = lengthBytes.loadUnaligned(as: UInt64.self).littleEndian
                let lengthCRC = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self).littleEndian
                guard CRC32C.masked(CRC32C.checksum(lengthBytes)) == lengthCRC else {
                    throw ClassifierError.damagedRecord(path: path, index: index, reason: "length checksum mismatch")
                }
                let available = UInt64(end - offset - 12)
                guard length <= available, available - length >= 4 else {
                    throw ClassifierError.damagedRecord(
                        path: path, index: index,
                        reason: "truncated: length \(length) + 4 checksum bytes, only \(available) bytes left")
                }
                let start = offset + 12
                let stop = start + Int(length)
                let body = UnsafeRawBufferPointer(rebasing: raw[start..<stop])
                let dataCRC = raw.loadUnaligned(fromByteOffset: stop, as: UInt32.self).littleEndian
                guard CRC32C.masked(CRC32C.checksum(body)) == dataCRC else {
                    throw ClassifierError.damagedRecord(path: path, index: index, reason: "data checksum mismatch")
                }
                result.append(Data(body))
                offset = stop + 4
            }
            return result
        }
    }
}
