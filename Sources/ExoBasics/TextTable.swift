/// A delimited text table, and the one reader of every table the project reads: text light curves,
/// TCE catalogues and batch manifests.
///
/// Comma- and semicolon-separated fields follow RFC 4180 (a quoted field may hold the separator,
/// `""` for a quote, and line breaks); whitespace-separated fields are runs of non-blank characters.
/// Blank lines are skipped; lines whose first non-blank character is a comment prefix are kept apart
/// in ``comments``. Unquoted fields are trimmed of blanks.
///
/// ```swift
/// let table = TextTable(parsing: "# mission: TESS\ntime,flux\n1.0,0.99\n")
/// table.comments          // ["mission: TESS"]
/// table.rows[0].fields    // ["time", "flux"]
/// table.rows[1].line      // 3
/// ```
public struct TextTable: Sendable, Equatable {
    /// How fields are separated.
    public enum Delimiter: Sendable, Equatable {
        case comma, semicolon
        /// Runs of spaces and tabs.
        case whitespace

        /// The delimiter of a line: a comma if it holds one, else a semicolon, else whitespace.
        static func detect(_ line: ArraySlice<UInt8>) -> Delimiter {
            if line.contains(UInt8(ascii: ",")) { return .comma }
            if line.contains(UInt8(ascii: ";")) { return .semicolon }
            return .whitespace
        }
    }

    /// One row: its fields and the (1-based) line it starts on.
    public struct Row: Sendable, Equatable {
        public var fields: [String]
        public var line: Int
    }

    /// The comment lines, in order, without the prefix and trimmed.
    public var comments: [String]
    /// The rows that are neither blank nor comments (a header, if any, is the first).
    public var rows: [Row]
    /// The delimiter used.
    public var delimiter: Delimiter

    /// Parses `text`; `delimiter` nil detects it from the first row.
    public init(parsing text: String, delimiter: Delimiter? = nil, commentPrefixes: Set<Character> = ["#"]) {
        let bytes = Array(text.utf8)
        let prefixes = Set(commentPrefixes.compactMap(\.asciiValue))
        var parser = Parser(bytes: bytes)
        var comments: [String] = []
        var rows: [Row] = []
        var chosen = delimiter
        while let start = parser.nextLineStart() {
            if prefixes.contains(bytes[start]) {
                comments.append(parser.restOfLine(from: start + 1))
                continue
            }
            let separator = chosen ?? Delimiter.detect(bytes[start..<parser.endOfLine(from: start)])
            chosen = separator
            let line = parser.line
            rows.append(Row(fields: parser.record(from: start, delimiter: separator), line: line))
        }
        self.comments = comments
        self.rows = rows
        self.delimiter = chosen ?? .comma
    }

    /// `field` quoted for CSV if it holds a comma, quote or line break.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var quoted = "\""
        for character in field {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// One CSV line (without the line break), fields quoted where needed.
    public static func csvLine(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }
}

/// A cursor over the bytes of a table.
private struct Parser {
    let bytes: [UInt8]
    var index = 0
    /// The 1-based line of `index`.
    var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")

    private func isBlank(_ byte: UInt8) -> Bool { byte == Self.space || byte == Self.tab }
    private func isBreak(_ byte: UInt8) -> Bool { byte == Self.newline || byte == Self.carriageReturn }

    /// Skips blank lines; the index of the first non-blank character of the next line, or nil at the end.
    mutating func nextLineStart() -> Int? {
        while index < bytes.count {
            var i = index
            while i < bytes.count, isBlank(bytes[i]) { i += 1 }
            if i < bytes.count, !isBreak(bytes[i]) { return i }
            index = i
            skipLineBreak()
        }
        return nil
    }

    /// The index of the line break (or the end) after `start`.
    func endOfLine(from start: Int) -> Int {
        var i = start
        while i < bytes.count, !isBreak(bytes[i]) { i += 1 }
        return i
    }

    /// The rest of the line from `start`, trimmed; moves past it.
    mutating func restOfLine(from start: Int) -> String {
        let end = endOfLine(from: start)
        index = end
        skipLineBreak()
        return Self.string(bytes[start..<end], trimmed: true)
    }

    /// The fields of the record starting at `start` (which may span lines inside quotes); moves past it.
    mutating func record(from start: Int, delimiter: TextTable.Delimiter) -> [String] {
        var fields: [String] = []
        var i = start
        if delimiter == .whitespace {
            let end = endOfLine(from: start)
            while i < end {
                while i < end, isBlank(bytes[i]) { i += 1 }
                let fieldStart = i
                while i < end, !isBlank(bytes[i]) { i += 1 }
                if i > fieldStart { fields.append(Self.string(bytes[fieldStart..<i], trimmed: false)) }
            }
            index = end
            skipLineBreak()
            return fields
        }
        let separator = delimiter == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";")
        while true {
            while i < bytes.count, isBlank(bytes[i]) { i += 1 }
            if i < bytes.count, bytes[i] == Self.quote {
                var field: [UInt8] = []
                i += 1
                while i < bytes.count {
                    if bytes[i] == Self.quote {
                        if i + 1 < bytes.count, bytes[i + 1] == Self.quote {
                            field.append(Self.quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    if bytes[i] == Self.newline { line += 1 }
                    field.append(bytes[i])
                    i += 1
                }
                // Anything between the closing quote and the separator is kept, as lenient readers do.
                let tail = i
                while i < bytes.count, bytes[i] != separator, !isBreak(bytes[i]) { i += 1 }
                fields.append(String(decoding: field, as: UTF8.self) + Self.string(bytes[tail..<i], trimmed: true))
            } else {
                let fieldStart = i
                while i < bytes.count, bytes[i] != separator, !isBreak(bytes[i]) { i += 1 }
                fields.append(Self.string(bytes[fieldStart..<i], trimmed: true))
            }
            if i < bytes.count, bytes[i] == separator {
                i += 1
                continue
            }
            break
        }
        index = i
        skipLineBreak()
        return fields
    }

    /// Moves past one line break (`\n`, `\r\n` or `\r`), counting the line.
    private mutating func skipLineBreak() {
        guard index < bytes.count else { return }
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline { index += 1 }
        index += 1
        line += 1
    }

    private static func string(_ slice: ArraySlice<UInt8>, trimmed: Bool) -> String {
        var lower = slice.startIndex, upper = slice.endIndex
        if trimmed {
            while lower < upper, slice[lower] == space || slice[lower] == tab { lower += 1 }
            while upper > lower, slice[upper - 1] == space || slice[upper - 1] == tab { upper -= 1 }
        }
        return String(decoding: slice[lower..<upper], as: UTF8.self)
    }
}
