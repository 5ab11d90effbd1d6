/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as zlib's `crc32` and Python's `zlib.crc32`.
///
/// ```swift
/// var crc = CRC32.initial
/// crc = CRC32.update(crc, part1); crc = CRC32.update(crc, part2)
/// let text = CRC32.hex(CRC32.finish(crc))   // == CRC32.hex(CRC32.checksum(part1 + part2))
/// ```
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = (value & 1) != 0 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        return value
    }

    /// The running value before the first byte.
    public static let initial: UInt32 = 0xFFFF_FFFF

    /// The running value `crc` after `bytes`.
    public static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = crc
        table.withUnsafeBufferPointer { table in
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        return crc
    }

    /// The checksum from a running value.
    public static func finish(_ crc: UInt32) -> UInt32 { crc ^ 0xFFFF_FFFF }

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 { finish(update(initial, bytes)) }

    /// `value` as 8 lower-case hex digits.
    public static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
