import CZlib

/// CRC-32 (IEEE 802.3 / ISO 3309, reflected polynomial 0xEDB88320) from zlib's `crc32`: the checksum
/// of PNG chunks, gzip members and the model files' `data_crc32`.
///
/// `CRC32.checksum(Array("123456789".utf8)) == 0xCBF43926`.
public enum CRC32 {
    /// The checksum of `bytes`, continuing from `crc` (0 to start).
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        var value = uLong(crc)
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return crc }
        var offset = 0
        // zlib takes a 32-bit length: feed huge buffers in pieces.
        while offset < bytes.count {
            let length = min(bytes.count - offset, 1 << 30)
            value = crc32(value, base + offset, uInt(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: value)
    }

    /// The checksum of the bytes of `collection`, continuing from `crc` (0 to start).
    public static func checksum<C: Collection>(_ collection: C, continuing crc: UInt32 = 0) -> UInt32 where C.Element == UInt8 {
        if let result = collection.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0), continuing: crc) }) {
            return result
        }
        return Array(collection).withUnsafeBytes { checksum($0, continuing: crc) }
    }
}
