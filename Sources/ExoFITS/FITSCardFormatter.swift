import Foundation

/// Formats header cards as 80-character FITS text (fixed format, CONTINUE for long strings).
enum FITSCardFormatter {
    /// The cards plus END, padded with blanks to a whole 2880-byte block.
    static func headerBlock(_ cards: [FITSCard]) -> Data {
        var text = cards.flatMap(lines).joined()
        text += "END".padding(toLength: 80, withPad: " ", startingAt: 0)
        let padded = (text.utf8.count + 2879) / 2880 * 2880
        text = text.padding(toLength: padded, withPad: " ", startingAt: 0)
        return Data(text.utf8)
    }

    /// The 80-character line(s) of one card.
    static func lines(_ card: FITSCard) -> [String] {
        let keyword = ascii(card.keyword)
        guard let value = card.value else {
            if keyword == "COMMENT" || keyword == "HISTORY" || keyword.isEmpty {
                return [fit(keyword.padding(toLength: 8, withPad: " ", startingAt: 0) + ascii(card.comment))]
            }
            let comment = card.comment.isEmpty ? "" : " / " + ascii(card.comment)
            return [fit(prefix(keyword) + String(repeating: " ", count: 20) + comment)]
        }
        switch value {
        case let .string(s):
            return stringLines(keyword: keyword, value: ascii(s), comment: ascii(card.comment))
        default:
            let field = number(value)
            let right = String(repeating: " ", count: max(0, 20 - field.count)) + field
            let comment = card.comment.isEmpty ? "" : " / " + ascii(card.comment)
            return [fit(prefix(keyword) + right + comment)]
        }
    }

    private static func prefix(_ keyword: String) -> String {
        keyword.count > 8 ? "HIERARCH \(keyword) = " : keyword.padding(toLength: 8, withPad: " ", startingAt: 0) + "= "
    }

    private static func number(_ value: FITSValue) -> String {
        switch value {
        case let .bool(b): return b ? "T" : "F"
        case let .int(v): return String(v)
        case let .double(v):
            guard v.isFinite else { return "" }
            var s = "\(v)".uppercased()
            if !s.contains(".") && !s.contains("E") { s += ".0" }
            return s
        case let .string(s): return s
        }
    }

    /// A quoted string, split over CONTINUE cards when it does not fit in one.
    private static func stringLines(keyword: String, value: String, comment: String) -> [String] {
        let escaped = value.replacingOccurrences(of: "'", with: "''")
        let head = prefix(keyword)
        let room = 80 - head.count - 2
        if escaped.count <= room {
            var quoted = "'" + escaped.padding(toLength: max(8, escaped.count), withPad: " ", startingAt: 0) + "'"
            quoted = quoted.padding(toLength: max(quoted.count, 20), withPad: " ", startingAt: 0)
            let tail = comment.isEmpty ? "" : " / " + comment
            return [fit(head + quoted + tail)]
        }
        var lines: [String] = []
        var rest = Substring(escaped)
        var first = true
        while !rest.isEmpty {
            let start = first ? head : "CONTINUE  "
            let capacity = 80 - start.count - 3  // quotes and '&'
            var piece = rest.prefix(capacity)
            // Never split an escaped quote pair.
            if piece.hasSuffix("'"), piece.count < rest.count, rest.dropFirst(piece.count).first == "'" {
                piece = piece.dropLast()
            }
            rest = rest.dropFirst(piece.count)
            let amp = rest.isEmpty ? "" : "&"
            let tail = rest.isEmpty && !comment.isEmpty ? " / " + comment : ""
            lines.append(fit(start + "'" + piece + amp + "'" + tail))
            first = false
        }
        return lines
    }

    private static func ascii(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.value >= 32 && $0.value < 127 ? Character($0) : "?" })
    }

    private static func fit(_ line: String) -> String {
        line.count > 80 ? String(line.prefix(80)) : line.padding(toLength: 80, withPad: " ", startingAt: 0)
    }
}
