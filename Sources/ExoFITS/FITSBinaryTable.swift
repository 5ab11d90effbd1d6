import Foundation

/// A binary table (BINTABLE extension): column descriptions plus typed column readers.
///
/// Column readers decode a whole column at once from the file's bytes (big-endian to native) and
/// apply `TSCAL`/`TZERO`; integer `TNULL` values become NaN in ``doubles(_:)``.
public struct FITSBinaryTable: Sendable {
    /// The HDU this table lives in.
    public let hdu: FITSHDU
    /// The columns, in order.
    public let columns: [FITSColumn]
    /// Number of rows (`NAXIS2`).
    public let rowCount: Int
    /// Bytes per row (`NAXIS1`).
    public let rowLength: Int

    init(hdu: FITSHDU) throws {
        let header = hdu.header
        let path = hdu.storage.path
        guard let rowLength = header.int("NAXIS1") else {
            throw FITSError.missingKeyword(path: path, hdu: hdu.index, keyword: "NAXIS1")
        }
        guard let rowCount = header.int("NAXIS2") else {
            throw FITSError.missingKeyword(path: path, hdu: hdu.index, keyword: "NAXIS2")
        }
        guard rowLength >= 0, rowCount >= 0 else {
            throw FITSError.unsupported(path: path, hdu: hdu.index, detail: "NAXIS1 and NAXIS2 must be >= 0, got \(rowLength) and \(rowCount)")
        }
        guard let fieldCount = header.int("TFIELDS"), fieldCount >= 0, fieldCount <= 999 else {
            throw FITSError.missingKeyword(path: path, hdu: hdu.index, keyword: "TFIELDS")
        }
        var columns: [FITSColumn] = []
        var offset = 0
        for n in stride(from: 1, through: fieldCount, by: 1) {
            guard let form = header.string("TFORM\(n)") else {
                throw FITSError.missingKeyword(path: path, hdu: hdu.index, keyword: "TFORM\(n)")
            }
            let (repeatCount, type) = try Self.parseForm(form, path: path, hdu: hdu.index, column: n)
            let (bytes, overflow) = repeatCount.multipliedReportingOverflow(by: type.elementSize)
            guard !overflow, bytes <= rowLength else {
                throw FITSError.unsupported(path: path, hdu: hdu.index,
                                            detail: "TFORM\(n) '\(form)' needs more bytes than the row's \(rowLength)")
            }
            let width = type == .bit ? repeatCount / 8 + (repeatCount % 8 == 0 ? 0 : 1) : bytes
            let dimensions = Self.parseDimensions(header.string("TDIM\(n)")) ?? [repeatCount]
            columns.append(FITSColumn(
                name: header.string("TTYPE\(n)") ?? "COL\(n)", type: type, repeatCount: repeatCount,
                dimensions: dimensions, scale: header.double("TSCAL\(n)") ?? 1, zero: header.double("TZERO\(n)") ?? 0,
                null: header.int("TNULL\(n)").map(Int64.init), unit: header.string("TUNIT\(n)") ?? "",
                offset: offset, width: width))
            offset += width
        }
        guard offset <= rowLength else {
            throw FITSError.unsupported(path: path, hdu: hdu.index,
                                        detail: "columns need \(offset) bytes per row but NAXIS1 is \(rowLength)")
        }
        let (tableSize, tableOverflow) = rowLength.multipliedReportingOverflow(by: rowCount)
        guard !tableOverflow, tableSize <= hdu.dataSize else {
            throw FITSError.truncated(path: path, detail: "table in HDU \(hdu.index) is larger than its data unit")
        }
        self.hdu = hdu
        self.columns = columns
        self.rowCount = rowCount
        self.rowLength = rowLength
    }

    /// The column called `name` (case-insensitive), if any.
    public func column(named name: String) -> FITSColumn? {
        let key = name.asciiUppercased()
        return columns.first { $0.name.asciiUppercased() == key }
    }

    /// True when the table has a column called `name` (case-insensitive).
    public func hasColumn(_ name: String) -> Bool { column(named: name) != nil }

    /// All values of a numeric or logical column as `Double`, row by row (`rowCount × repeatCount`
    /// values for array columns), with `TSCAL`/`TZERO` applied and `TNULL` values as NaN.
    /// Logicals give 1, 0, or NaN for null.
    ///
    /// - Throws: ``FITSError/missingColumn(path:hdu:column:)``, or ``FITSError/unsupported(path:hdu:detail:)``
    ///   for character, bit, complex and variable-length columns.
    public func doubles(_ name: String) throws -> [Double] {
        let column = try requireColumn(name)
        return try hdu.storage.data.withUnsafeBytes { bytes in
            try FITSColumnDecoder.doubles(column, table: self, bytes: bytes)
        }
    }

    /// All values of a numeric column as `Float` (see ``doubles(_:)``); saves memory for pixel data.
    public func floats(_ name: String) throws -> [Float] {
        let column = try requireColumn(name)
        return try hdu.storage.data.withUnsafeBytes { bytes in
            try FITSColumnDecoder.floats(column, table: self, bytes: bytes)
        }
    }

    /// All values of an integer or logical column as `Int64`, with `TZERO`/`TSCAL` applied
    /// (rounded) and `TNULL` values kept as stored.
    public func integers(_ name: String) throws -> [Int64] {
        let column = try requireColumn(name)
        return try hdu.storage.data.withUnsafeBytes { bytes in
            try FITSColumnDecoder.integers(column, table: self, bytes: bytes)
        }
    }

    /// All values of a character (`A`) column, one string per row, trailing blanks and NULs removed.
    public func strings(_ name: String) throws -> [String] {
        let column = try requireColumn(name)
        guard column.type == .character else {
            throw FITSError.unsupported(path: hdu.storage.path, hdu: hdu.index,
                                        detail: "column \(column.name) is not a character column")
        }
        return hdu.storage.data.withUnsafeBytes { bytes in
            (0..<rowCount).map { row in
                let start = hdu.dataOffset + row * rowLength + column.offset
                var end = start + column.width
                while end > start, bytes[end - 1] == 0 || bytes[end - 1] == 32 { end -= 1 }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
        }
    }

    private func requireColumn(_ name: String) throws -> FITSColumn {
        guard let column = column(named: name) else {
            throw FITSError.missingColumn(path: hdu.storage.path, hdu: hdu.index, column: name)
        }
        return column
    }

    private static func parseForm(_ form: String, path: String, hdu: Int, column: Int) throws
        -> (Int, FITSColumn.DataType)
    {
        let text = form.trimmingSpaces()
        let digits = text.prefix { $0.isNumber }
        let rest = text.dropFirst(digits.count)
        guard let letter = rest.first, let type = FITSColumn.DataType(rawValue: Character(letter.uppercased())) else {
            throw FITSError.unsupported(path: path, hdu: hdu, detail: "TFORM\(column) '\(form)' is not a known format")
        }
        let repeatCount = digits.isEmpty ? 1 : Int(digits) ?? -1
        guard repeatCount >= 0 else {
            throw FITSError.unsupported(path: path, hdu: hdu, detail: "TFORM\(column) '\(form)' has a bad repeat count")
        }
        return (repeatCount, type)
    }

    /// Parses `TDIM` text like "(11, 10)" into [11, 10].
    private static func parseDimensions(_ text: String?) -> [Int]? {
        guard let text else { return nil }
        let inner = text.trimmingSpaces().trimmingCharacters(in: CharacterSet(charactersIn: "()"))
        let values = inner.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return values.isEmpty ? nil : values
    }
}
