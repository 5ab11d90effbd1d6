/// One column of a binary table, as its `TTYPEn`, `TFORMn`, `TDIMn`, `TSCALn`, `TZEROn`, `TNULLn`
/// and `TUNITn` cards describe it.
public struct FITSColumn: Sendable, Equatable {
    /// The element type of a column (`TFORM` letter).
    public enum DataType: Character, Sendable {
        /// Logical, 1 byte (`T`, `F`, or 0 for null).
        case logical = "L"
        /// Bits, packed.
        case bit = "X"
        /// Unsigned byte.
        case uint8 = "B"
        /// 16-bit signed integer.
        case int16 = "I"
        /// 32-bit signed integer.
        case int32 = "J"
        /// 64-bit signed integer.
        case int64 = "K"
        /// Character.
        case character = "A"
        /// 32-bit IEEE float.
        case float32 = "E"
        /// 64-bit IEEE float.
        case float64 = "D"
        /// Single-precision complex.
        case complex64 = "C"
        /// Double-precision complex.
        case complex128 = "M"
        /// Variable-length array descriptor (32-bit).
        case arrayDescriptor32 = "P"
        /// Variable-length array descriptor (64-bit).
        case arrayDescriptor64 = "Q"

        /// Bytes per element (bits are counted separately).
        var elementSize: Int {
            switch self {
            case .logical, .uint8, .character: 1
            case .bit: 0
            case .int16: 2
            case .int32, .float32: 4
            case .int64, .float64, .complex64, .arrayDescriptor32: 8
            case .complex128, .arrayDescriptor64: 16
            }
        }
    }

    /// `TTYPEn`, as written (look-ups are case-insensitive).
    public let name: String
    /// The element type.
    public let type: DataType
    /// Number of elements per row (the repeat count of `TFORMn`).
    public let repeatCount: Int
    /// Array shape per row from `TDIMn` (fastest axis first), or `[repeatCount]`.
    public let dimensions: [Int]
    /// `TSCALn` (1 if absent).
    public let scale: Double
    /// `TZEROn` (0 if absent).
    public let zero: Double
    /// `TNULLn`, the integer that marks a missing value, if given.
    public let null: Int64?
    /// `TUNITn`, or "".
    public let unit: String
    /// Byte offset of the column within a row.
    public let offset: Int
    /// Bytes the column takes in a row.
    public let width: Int

    /// True when values must be scaled (`TSCAL` ≠ 1 or `TZERO` ≠ 0).
    var isScaled: Bool { scale != 1 || zero != 0 }
}
