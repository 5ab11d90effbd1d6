/// The values of one column to write into a binary table.
public enum FITSColumnData: Sendable {
    /// 64-bit floats (`D`).
    case float64([Double])
    /// 32-bit floats (`E`).
    case float32([Float])
    /// 16-bit integers (`I`).
    case int16([Int16])
    /// 32-bit integers (`J`).
    case int32([Int32])
    /// 64-bit integers (`K`).
    case int64([Int64])
    /// Unsigned bytes (`B`).
    case uint8([UInt8])
    /// Logicals (`L`).
    case logical([Bool])
    /// Fixed-width ASCII strings (`<width>A`), padded with blanks, cut at `width` bytes.
    case string([String], width: Int)

    /// Number of rows.
    public var count: Int {
        switch self {
        case let .float64(v): v.count
        case let .float32(v): v.count
        case let .int16(v): v.count
        case let .int32(v): v.count
        case let .int64(v): v.count
        case let .uint8(v): v.count
        case let .logical(v): v.count
        case let .string(v, _): v.count
        }
    }

    /// `TFORM` code.
    var form: String {
        switch self {
        case .float64: "D"
        case .float32: "E"
        case .int16: "I"
        case .int32: "J"
        case .int64: "K"
        case .uint8: "B"
        case .logical: "L"
        case let .string(_, width): "\(width)A"
        }
    }

    /// Bytes per row.
    var width: Int {
        switch self {
        case .float64, .int64: 8
        case .float32, .int32: 4
        case .int16: 2
        case .uint8, .logical: 1
        case let .string(_, width): width
        }
    }
}

/// A column to write: name, values and unit.
public struct FITSTableColumn: Sendable {
    /// `TTYPE`.
    public var name: String
    /// The values (one per row).
    public var data: FITSColumnData
    /// `TUNIT` ("" for none).
    public var unit: String

    /// Creates a column.
    public init(name: String, data: FITSColumnData, unit: String = "") {
        self.name = name
        self.data = data
        self.unit = unit
    }
}
