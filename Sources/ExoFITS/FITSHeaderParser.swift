/// Parses header blocks (80-character cards in 2880-byte blocks) into ``FITSHeader``.
enum FITSHeaderParser {
    static let blockSize = 2880
    static let cardSize = 80

    /// Parses the header that starts at `offset` in `bytes`.
    ///
    /// - Returns: the header and the offset of the first byte after its last block.
    static func parse(
        _ bytes: UnsafeRawBufferPointer, at offset: Int, path: String, hdu: Int
    ) throws -> (FITSHeader, Int) {
        var cards: [FITSCard] = []
        var position = offset
        var cardNumber = 0
        var pendingContinuation = false
        while true {
            guard position + cardSize <= bytes.count else {
                throw FITSError.truncated(path: path, detail: "header of HDU \(hdu) has no END card")
            }
            let raw = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + cardSize)])
            position += cardSize
            cardNumber += 1
            let keyword = trimmedASCII(raw, 0, 8)
            if keyword == "END" && isBlank(raw, 8, cardSize) { break }
            guard isPrintable(raw) else {
                throw FITSError.malformedCard(path: path, hdu: hdu, card: cardNumber,
                                              text: printable(raw))
            }
            if keyword == "CONTINUE", pendingContinuation, let last = cards.last,
               case let .string(previous)? = last.value {
                let (piece, comment) = try parseStringValue(raw, from: 8, path: path, hdu: hdu, card: cardNumber)
                let joined = String(previous.dropLast()) + piece
                cards[cards.count - 1].value = .string(joined)
                if !comment.isEmpty { cards[cards.count - 1].comment += comment }
                pendingContinuation = joined.hasSuffix("&")
                continue
            }
            let card = try parseCard(raw, keyword: keyword, path: path, hdu: hdu, card: cardNumber)
            if case let .string(s)? = card.value { pendingContinuation = s.hasSuffix("&") } else { pendingContinuation = false }
            cards.append(card)
        }
        let consumed = position - offset
        let padded = (consumed + blockSize - 1) / blockSize * blockSize
        return (FITSHeader(cards: cards), offset + padded)
    }

    private static func parseCard(
        _ raw: UnsafeRawBufferPointer, keyword: String, path: String, hdu: Int, card: Int
    ) throws -> FITSCard {
        let hasValueIndicator = raw[8] == UInt8(ascii: "=") && raw[9] == UInt8(ascii: " ")
        if keyword == "HIERARCH" {
            let text = String(decoding: raw[8...], as: UTF8.self)
            guard let eq = text.firstIndex(of: "=") else {
                return FITSCard(keyword: "HIERARCH", value: nil, comment: text.trimmingSpaces())
            }
            let name = String(text[..<eq]).trimmingSpaces()
            let start = 8 + text.utf8.distance(from: text.startIndex, to: eq) + 1
            let (value, comment) = try parseValue(raw, from: start, path: path, hdu: hdu, card: card)
            return FITSCard(keyword: name, value: value, comment: comment)
        }
        guard hasValueIndicator, !keyword.isEmpty, keyword != "COMMENT", keyword != "HISTORY" else {
            let text = trimmedASCII(raw, 8, cardSize)
            return FITSCard(keyword: keyword, value: nil, comment: text)
        }
        guard keyword.utf8.allSatisfy(isKeywordCharacter) else {
            throw FITSError.malformedCard(path: path, hdu: hdu, card: card, text: printable(raw))
        }
        let (value, comment) = try parseValue(raw, from: 10, path: path, hdu: hdu, card: card)
        return FITSCard(keyword: keyword, value: value, comment: comment)
    }

    /// Parses the value field starting at `start`: a quoted string, a logical, an integer or a real.
    private static func parseValue(
        _ raw: UnsafeRawBufferPointer, from start: Int, path: String, hdu: Int, card: Int
    ) throws -> (FITSValue?, String) {
        var i = start
        while i < cardSize, raw[i] == 32 { i += 1 }
        if i < cardSize, raw[i] == UInt8(ascii: "'") {
            let (s, comment) = try parseStringValue(raw, from: start, path: path, hdu: hdu, card: card)
            return (.string(s), comment)
        }
        var end = i
        while end < cardSize, raw[end] != UInt8(ascii: "/") { end += 1 }
        let token = trimmedASCII(raw, i, end)
        let comment = end < cardSize ? trimmedASCII(raw, end + 1, cardSize) : ""
        if token.isEmpty { return (nil, comment) }
        if token == "T" { return (.bool(true), comment) }
        if token == "F" { return (.bool(false), comment) }
        if let v = Int(token.hasPrefix("+") ? String(token.dropFirst()) : token) { return (.int(v), comment) }
        if let v = Double(token) { return (.double(v), comment) }
        if token.utf8.contains(where: { $0 == UInt8(ascii: "D") || $0 == UInt8(ascii: "d") }),
           let v = Double(token.replacingExponentD()) {
            return (.double(v), comment)
        }
        if token.hasPrefix("("), token.hasSuffix(")") { return (.string(token), comment) }
        throw FITSError.malformedCard(path: path, hdu: hdu, card: card, text: printable(raw))
    }

    /// Parses a quoted string value starting at or after `start` ('' is an escaped quote).
    private static func parseStringValue(
        _ raw: UnsafeRawBufferPointer, from start: Int, path: String, hdu: Int, card: Int
    ) throws -> (String, String) {
        var i = start
        while i < cardSize, raw[i] == 32 { i += 1 }
        guard i < cardSize, raw[i] == UInt8(ascii: "'") else {
            throw FITSError.malformedCard(path: path, hdu: hdu, card: card, text: printable(raw))
        }
        i += 1
        var bytes: [UInt8] = []
        var closed = false
        while i < cardSize {
            if raw[i] == UInt8(ascii: "'") {
                if i + 1 < cardSize, raw[i + 1] == UInt8(ascii: "'") {
                    bytes.append(raw[i])
                    i += 2
                    continue
                }
                closed = true
                i += 1
                break
            }
            bytes.append(raw[i])
            i += 1
        }
        guard closed else {
            throw FITSError.malformedCard(path: path, hdu: hdu, card: card, text: printable(raw))
        }
        while let last = bytes.last, last == 32 { bytes.removeLast() }
        var comment = ""
        while i < cardSize, raw[i] == 32 { i += 1 }
        if i < cardSize, raw[i] == UInt8(ascii: "/") { comment = trimmedASCII(raw, i + 1, cardSize) }
        return (String(decoding: bytes, as: UTF8.self), comment)
    }

    private static func isKeywordCharacter(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 45 || c == 95 || (c >= 97 && c <= 122)
    }

    private static func isPrintable(_ raw: UnsafeRawBufferPointer) -> Bool {
        for c in raw where c < 32 || c > 126 { return false }
        return true
    }

    private static func isBlank(_ raw: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Bool {
        for i in from..<to where raw[i] != 32 { return false }
        return true
    }

    private static func printable(_ raw: UnsafeRawBufferPointer) -> String {
        String(decoding: raw.map { $0 >= 32 && $0 <= 126 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
            .trimmingSpaces()
    }

    static func trimmedASCII(_ raw: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> String {
        var a = from, b = to
        while a < b, raw[a] == 32 { a += 1 }
        while b > a, raw[b - 1] == 32 { b -= 1 }
        return String(decoding: raw[a..<b], as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    /// Fortran-style `1.0D+02` exponents written as `1.0E+02`.
    func replacingExponentD() -> String {
        String(self.map { $0 == "D" || $0 == "d" ? "E" : $0 })
    }
}
