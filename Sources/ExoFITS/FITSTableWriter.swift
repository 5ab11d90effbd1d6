import Foundation

/// Writes FITS files made of an empty primary HDU and binary-table extensions.
///
/// ```swift
/// let table = FITSTableWriter.Table(name: "LIGHTCURVE", columns: [
///     FITSTableColumn(name: "TIME", data: .float64(time), unit: "d"),
/// ])
/// try FITSTableWriter.write(primaryHeader: [FITSCard(keyword: "OBJECT", value: .string("TIC 1"))],
///                           tables: [table], to: url)
/// ```
public enum FITSTableWriter {
    /// One BINTABLE extension to write.
    public struct Table: Sendable {
        /// `EXTNAME`.
        public var name: String
        /// The columns; all must have the same number of rows.
        public var columns: [FITSTableColumn]
        /// Extra header cards written after the table's structural cards.
        public var header: [FITSCard]

        /// Creates a table description.
        public init(name: String, columns: [FITSTableColumn], header: [FITSCard] = []) {
            self.name = name
            self.columns = columns
            self.header = header
        }
    }

    /// Writes the file atomically.
    ///
    /// - Throws: ``FITSError/writeFailed(path:reason:)`` when columns differ in length or the file
    ///   cannot be written.
    public static func write(primaryHeader: [FITSCard], tables: [Table], to url: URL) throws {
        let bytes = try encode(primaryHeader: primaryHeader, tables: tables, path: url.path)
        do {
            try bytes.write(to: url, options: .atomic)
        } catch {
            throw FITSError.writeFailed(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The bytes of the file ``write(primaryHeader:tables:to:)`` writes.
    public static func encode(primaryHeader: [FITSCard], tables: [Table], path: String = "<memory>") throws -> Data {
        var out = Data()
        var primary = [
            FITSCard(keyword: "SIMPLE", value: .bool(true), comment: "conforms to FITS standard"),
            FITSCard(keyword: "BITPIX", value: .int(8), comment: "array data type"),
            FITSCard(keyword: "NAXIS", value: .int(0), comment: "number of array dimensions"),
            FITSCard(keyword: "EXTEND", value: .bool(true)),
        ]
        primary += primaryHeader.filter { !reserved.contains($0.keyword) }
        out.append(FITSCardFormatter.headerBlock(primary))
        for table in tables {
            try appendTable(table, to: &out, path: path)
        }
        return out
    }

    private static let reserved: Set<String> = [
        "SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "EXTEND", "XTENSION", "PCOUNT", "GCOUNT",
        "TFIELDS", "END",
    ]

    private static func appendTable(_ table: Table, to out: inout Data, path: String) throws {
        let rows = table.columns.first?.data.count ?? 0
        for column in table.columns where column.data.count != rows {
            throw FITSError.writeFailed(
                path: path, reason: "column \(column.name) has \(column.data.count) rows, expected \(rows)")
        }
        let rowLength = table.columns.reduce(0) { $0 + $1.data.width }
        var cards = [
            FITSCard(keyword: "XTENSION", value: .string("BINTABLE"), comment: "binary table extension"),
            FITSCard(keyword: "BITPIX", value: .int(8), comment: "array data type"),
            FITSCard(keyword: "NAXIS", value: .int(2), comment: "number of array dimensions"),
            FITSCard(keyword: "NAXIS1", value: .int(rowLength), comment: "length of dimension 1"),
            FITSCard(keyword: "NAXIS2", value: .int(rows), comment: "length of dimension 2"),
            FITSCard(keyword: "PCOUNT", value: .int(0), comment: "number of group parameters"),
            FITSCard(keyword: "GCOUNT", value: .int(1), comment: "number of groups"),
            FITSCard(keyword: "TFIELDS", value: .int(table.columns.count), comment: "number of table fields"),
        ]
        for (i, column) in table.columns.enumerated() {
            let n = i + 1
            cards.append(FITSCard(keyword: "TTYPE\(n)", value: .string(column.name)))
            cards.append(FITSCard(keyword: "TFORM\(n)", value: .string(column.data.form)))
            if !column.unit.isEmpty { cards.append(FITSCard(keyword: "TUNIT\(n)", value: .string(column.unit))) }
        }
        cards.append(FITSCard(keyword: "EXTNAME", value: .string(table.name), comment: "name of extension"))
        cards += table.header.filter { !reserved.contains($0.keyword) && $0.keyword != "EXTNAME" }
        out.append(FITSCardFormatter.headerBlock(cards))
        out.append(encodeRows(table.columns, rows: rows, rowLength: rowLength))
    }

    /// The table data, big-endian, padded to a whole block with zeros.
    private static func encodeRows(_ columns: [FITSTableColumn], rows: Int, rowLength: Int) -> Data {
        let size = rows * rowLength
        let padded = (size + 2879) / 2880 * 2880
        var bytes = [UInt8](repeating: 0, count: padded)
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var columnOffset = 0
            for column in columns {
                func store<T>(_ values: [T], _ encode: (T) -> some FixedWidthInteger) {
                    values.withUnsafeBufferPointer { v in
                        for row in 0..<rows {
                            let value = encode(v[row]).bigEndian
                            (base + row * rowLength + columnOffset).storeBytes(of: value, as: type(of: value))
                        }
                    }
                }
                switch column.data {
                case let .float64(v): store(v) { $0.bitPattern }
                case let .float32(v): store(v) { $0.bitPattern }
                case let .int16(v): store(v) { $0 }
                case let .int32(v): store(v) { $0 }
                case let .int64(v): store(v) { $0 }
                case let .uint8(v): store(v) { $0 }
                case let .logical(v): store(v) { $0 ? UInt8(ascii: "T") : UInt8(ascii: "F") }
                case let .string(v, width):
                    for row in 0..<rows {
                        let utf8 = Array(v[row].utf8.prefix(width))
                        let start = base + row * rowLength + columnOffset
                        for j in 0..<width { start.storeBytes(of: j < utf8.count ? utf8[j] : 32, toByteOffset: j, as: UInt8.self) }
                    }
                }
                columnOffset += column.data.width
            }
        }
        return Data(bytes)
    }
}
