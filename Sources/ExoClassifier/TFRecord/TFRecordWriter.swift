import Foundation

/// Writes TFRecord files (uncompressed), with both masked CRC32C checksums per record.
public enum TFRecordWriter {
    /// The TFRecord framing of `records`.
    public static func encode(_ records: [Data]) -> Data {
        var out = Data()
        out.reserveCapacity(records.reduce(0) { $0 + $1.count + 16 })
        for record in records {
            var length = UInt64(record.count).littleEndian
            let lengthBytes = withUnsafeBytes(of: &length) { Data($0) }
            var lengthCRC = CRC32C.masked(CRC32C.checksum(lengthBytes)).littleEndian
            var dataCRC = CRC32C.masked(CRC32C.checksum(record)).littleEndian
            out.append(lengthBytes)
            withUnsafeBytes(of: &lengthCRC) { out.append(contentsOf: $0) }
            out.append(record)
            withUnsafeBytes(of: &dataCRC) { out.append(contentsOf: $0) }
        }
        return out
    }

    /// Writes `records` to `url`, replacing the file.
    public static func write(_ records: [Data], to url: URL) throws {
        do {
            try encode(records).write(to: url, options: .atomic)
        } catch {
            throw ClassifierError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
    }
}
