import CZlib
import ExoBasics

/// Writes ``RGBImage``s as PNG files (8-bit truecolour, no interlace), compressed with the system zlib.
public enum PNGEncoder {
    /// The eight bytes every PNG file starts with.
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The PNG file of `image`.
    ///
    /// - Throws: ``ReportError/compressionFailed(status:)`` if zlib fails (it does not for valid input).
    public static func encode(_ image: RGBImage) throws -> [UInt8] {
        // Each scanline: filter type 1 (Sub: difference with the pixel to the left), then the row.
        let rowBytes = image.width * 3
        var raw = [UInt8](repeating: 0, count: image.height * (rowBytes + 1))
        image.pixels.withUnsafeBufferPointer { source in
            raw.withUnsafeMutableBufferPointer { target in
                for y in 0..<image.height {
                    let s = y * rowBytes, t = y * (rowBytes + 1)
                    target[t] = 1
                    for i in 0..<rowBytes {
                        let left: UInt8 = i >= 3 ? source[s + i - 3] : 0
                        target[t + 1 + i] = source[s + i] &- left
                    }
                }
            }
        }
        let compressed = try deflate(raw)
        var file = signature
        var header: [UInt8] = []
        header += bigEndian(UInt32(image.width))
        header += bigEndian(UInt32(image.height))
        header += [8, 2, 0, 0, 0]  // bit depth 8, truecolour, deflate, adaptive filters, no interlace
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", compressed, to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// `bytes` in the zlib format (RFC 1950), as the IDAT chunk holds them.
    static func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var bound = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(bound))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &bound, input.baseAddress, uLong(bytes.count), 6)
            }
        }
        guard status == Z_OK else { throw ReportError.compressionFailed(status: Int(status)) }
        output.removeSubrange(Int(bound)...)
        return output
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        file += bigEndian(UInt32(data.count))
        file += typeBytes
        file += data
        file += bigEndian(CRC32.checksum(data, continuing: CRC32.checksum(typeBytes)))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
