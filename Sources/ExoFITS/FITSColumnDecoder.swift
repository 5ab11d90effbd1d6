/// Decodes whole binary-table columns from big-endian bytes into native arrays.
enum FITSColumnDecoder {
    /// Calls `body(elementPointer, outputIndex)` for every element of `column`, row by row.
    @inline(__always)
    private static func forEachElement(
        _ column: FITSColumn, table: FITSBinaryTable, bytes: UnsafeRawBufferPointer,
        _ body: (UnsafeRawPointer, Int) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let size = column.type.elementSize
        let repeatCount = column.repeatCount
        var out = 0
        var rowStart = base + table.hdu.dataOffset + column.offset
        for _ in 0..<table.rowCount {
            var p = rowStart
            for _ in 0..<repeatCount {
                body(p, out)
                p += size
                out += 1
            }
            rowStart += table.rowLength
        }
    }

    @inline(__always) static func int16(_ p: UnsafeRawPointer) -> Int16 {
        Int16(bigEndian: p.loadUnaligned(as: Int16.self))
    }
    @inline(__always) static func int32(_ p: UnsafeRawPointer) -> Int32 {
        Int32(bigEndian: p.loadUnaligned(as: Int32.self))
    }
    @inline(__always) static func int64(_ p: UnsafeRawPointer) -> Int64 {
        Int64(bigEndian: p.loadUnaligned(as: Int64.self))
    }
    @inline(__always) static func float32(_ p: UnsafeRawPointer) -> Float {
        Float(bitPattern: UInt32(bigEndian: p.loadUnaligned(as: UInt32.self)))
    }
    @inline(__always) static func float64(_ p: UnsafeRawPointer) -> Double {
        Double(bitPattern: UInt64(bigEndian: p.loadUnaligned(as: UInt64.self)))
    }

    static func unsupported(_ column: FITSColumn, _ table: FITSBinaryTable, _ what: String) -> FITSError {
        FITSError.unsupported(path: table.hdu.storage.path, hdu: table.hdu.index,
                              detail: "column \(column.name) (type \(column.type.rawValue)) cannot be read as \(what)")
    }

    static func doubles(_ column: FITSColumn, table: FITSBinaryTable, bytes: UnsafeRawBufferPointer) throws -> [Double] {
        let count = table.rowCount * column.repeatCount
        let scale = column.scale, zero = column.zero, scaled = column.isScaled
        let null = column.null
        var result = [Double](repeating: .nan, count: count)
        try result.withUnsafeMutableBufferPointer { out in
            switch column.type {
            case .float64:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    let v = float64(p)
                    out[i] = scaled ? v * scale + zero : v
                }
            case .float32:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    let v = Double(float32(p))
                    out[i] = scaled ? v * scale + zero : v
                }
            case .int16:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    let raw = Int64(int16(p))
                    out[i] = raw == null ? .nan : Double(raw) * scale + zero
                }
            case .int32:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    let raw = Int64(int32(p))
                    out[i] = raw == null ? .nan : Double(raw) * scale + zero
                }
            case .int64:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    let raw = int64(p)
                    out[i] = raw == null ? .nan : Double(raw) * scale + zero
                }
            case .uint8:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    let raw = Int64(p.load(as: UInt8.self))
                    out[i] = raw == null ? .nan : Double(raw) * scale + zero
                }
            case .logical:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    let c = p.load(as: UInt8.self)
                    out[i] = c == UInt8(ascii: "T") ? 1 : (c == UInt8(ascii: "F") ? 0 : .nan)
                }
            default:
                throw unsupported(column, table, "numbers")
            }
        }
        return result
    }

    static func floats(_ column: FITSColumn, table: FITSBinaryTable, bytes: UnsafeRawBufferPointer) throws -> [Float] {
        guard column.type == .float32, !column.isScaled else {
            return try doubles(column, table: table, bytes: bytes).map { Float($0) }
        }
        var result = [Float](repeating: .nan, count: table.rowCount * column.repeatCount)
        result.withUnsafeMutableBufferPointer { out in
            forEachElement(column, table: table, bytes: bytes) { p, i in out[i] = float32(p) }
        }
        return result
    }

    static func integers(_ column: FITSColumn, table: FITSBinaryTable, bytes: UnsafeRawBufferPointer) throws -> [Int64] {
        var result = [Int64](repeating: 0, count: table.rowCount * column.repeatCount)
        let scale = column.scale, zero = column.zero, scaled = column.isScaled
        @inline(__always) func apply(_ raw: Int64) -> Int64 {
            guard scaled, raw != column.null else { return raw }
            let v = (Double(raw) * scale + zero).rounded()
            return v.isFinite && abs(v) < 9.2e18 ? Int64(v) : raw
        }
        try result.withUnsafeMutableBufferPointer { out in
            switch column.type {
            case .int16: forEachElement(column, table: table, bytes: bytes) { p, i in out[i] = apply(Int64(int16(p))) }
            case .int32: forEachElement(column, table: table, bytes: bytes) { p, i in out[i] = apply(Int64(int32(p))) }
            case .int64: forEachElement(column, table: table, bytes: bytes) { p, i in out[i] = apply(int64(p)) }
            case .uint8: forEachElement(column, table: table, bytes: bytes) { p, i in out[i] = apply(Int64(p.load(as: UInt8.self))) }
            case .logical:
                forEachElement(column, table: table, bytes: bytes) { p, i in
                    out[i] = p.load(as: UInt8.self) == UInt8(ascii: "T") ? 1 : 0
                }
            default:
                throw unsupported(column, table, "integers")
            }
        }
        return result
    }
}
