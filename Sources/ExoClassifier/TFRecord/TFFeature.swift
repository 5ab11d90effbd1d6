import Foundation

/// One value of a `tf.train.Example`: a list of byte strings, floats or 64-bit integers.
public enum TFFeature: Equatable, Sendable {
    /// `bytes_list` (strings are UTF-8 bytes).
    case bytes([Data])
    /// `float_list`.
    case floats([Float])
    /// `int64_list`.
    case int64s([Int64])

    /// Number of values in the list.
    public var count: Int {
        switch self {
        case let .bytes(values): values.count
        case let .floats(values): values.count
        case let .int64s(values): values.count
        }
    }

    /// The values as floats (integers converted; nil for byte strings).
    public var floatValues: [Float]? {
        switch self {
        case let .floats(values): values
        case let .int64s(values): values.map { Float($0) }
        case .bytes: nil
        }
    }

    /// The values as doubles (integers converted; byte strings parsed as numbers when they can be).
    public var doubleValues: [Double]? {
        switch self {
        case let .floats(values): return values.map { Double($0) }
        case let .int64s(values): return values.map { Double($0) }
        case let .bytes(values):
            let parsed = values.compactMap { Double(String(decoding: $0, as: UTF8.self)) }
            return parsed.count == values.count ? parsed : nil
        }
    }

    /// The first value as text (bytes decoded as UTF-8, numbers printed).
    public var firstText: String? {
        switch self {
        case let .bytes(values): values.first.map { String(decoding: $0, as: UTF8.self) }
        case let .floats(values): values.first.map { "\($0)" }
        case let .int64s(values): values.first.map { "\($0)" }
        }
    }

    /// A one-string `bytes_list`.
    public static func text(_ string: String) -> TFFeature { .bytes([Data(string.utf8)]) }
}
