import Foundation

/// One cell of a batch output row: what a CSV cell and a JSON value can both hold.
public enum BatchValue: Sendable, Hashable, Codable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(value): try container.encode(value)
        case let .int(value): try container.encode(value)
        case let .double(value) where value.isFinite: try container.encode(value)
        case .double: try container.encodeNil()
        case let .bool(value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// The cell as CSV text (not yet quoted): empty for null and non-finite numbers.
    public var csvText: String {
        switch self {
        case let .string(value): value
        case let .int(value): String(value)
        case let .double(value): value.isFinite ? String(value) : ""
        case let .bool(value): value ? "true" : "false"
        case .null: ""
        }
    }

    /// The value as a JSON literal (NaN and infinities become `null`).
    public var jsonText: String {
        switch self {
        case let .string(value): BatchValue.jsonString(value)
        case let .int(value): String(value)
        case let .double(value): value.isFinite ? String(value) : "null"
        case let .bool(value): value ? "true" : "false"
        case .null: "null"
        }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// One output row: column name → value.
public typealias BatchRow = [String: BatchValue]
