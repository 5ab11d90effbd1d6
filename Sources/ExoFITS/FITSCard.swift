/// The value of a FITS header card.
public enum FITSValue: Sendable, Equatable, CustomStringConvertible {
    /// A character string (quotes removed, trailing blanks trimmed, CONTINUE cards joined).
    case string(String)
    /// An integer.
    case int(Int)
    /// A real number.
    case double(Double)
    /// A logical (`T` or `F`).
    case bool(Bool)

    /// The value as a real number (integers converted), or nil for strings and logicals.
    public var doubleValue: Double? {
        switch self {
        case let .double(v): v
        case let .int(v): Double(v)
        default: nil
        }
    }

    /// The value as an integer (reals with no fractional part converted), or nil.
    public var intValue: Int? {
        switch self {
        case let .int(v): v
        case let .double(v): (v.rounded() == v && abs(v) < 9e18) ? Int(v) : nil
        default: nil
        }
    }

    /// The string value, or nil for other types.
    public var stringValue: String? {
        if case let .string(s) = self { return s }
        return nil
    }

    /// The logical value, or nil for other types.
    public var boolValue: Bool? {
        if case let .bool(b) = self { return b }
        return nil
    }

    /// The value as FITS writes it (`T`/`F` for logicals, strings unquoted).
    public var description: String {
        switch self {
        case let .string(s): s
        case let .int(v): String(v)
        case let .double(v): String(v)
        case let .bool(b): b ? "T" : "F"
        }
    }
}

/// One header card: a keyword, an optional value and a comment.
///
/// ```swift
/// let card = FITSCard(keyword: "PERIOD", value: .double(3.2888), comment: "injected period [d]")
/// ```
public struct FITSCard: Sendable, Equatable {
    /// The keyword (up to 8 characters, upper case; `HIERARCH` keys keep their long name).
    public var keyword: String
    /// The value; nil for commentary cards (`COMMENT`, `HISTORY`, blank) and undefined values.
    public var value: FITSValue?
    /// The comment after the `/`, trimmed.
    public var comment: String

    /// Creates a card. The keyword is upper-cased.
    public init(keyword: String, value: FITSValue?, comment: String = "") {
        self.keyword = keyword.asciiUppercased()
        self.value = value
        self.comment = comment
    }
}

extension String {
    /// The string with ASCII letters upper-cased; returns `self` unchanged (no copy) when it has none.
    func asciiUppercased() -> String {
        guard utf8.contains(where: { $0 >= 97 && $0 <= 122 }) else { return self }
        return String(decoding: utf8.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }, as: UTF8.self)
    }
}
