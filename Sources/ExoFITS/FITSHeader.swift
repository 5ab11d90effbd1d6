/// The cards of one header, in file order, with typed look-ups by keyword.
public struct FITSHeader: Sendable {
    /// All cards, in file order, CONTINUE cards already joined into the card they continue.
    public var cards: [FITSCard]
    private var index: [String: Int]

    /// Creates a header from cards; the first card with a keyword wins look-ups.
    public init(cards: [FITSCard]) {
        self.cards = cards
        var index: [String: Int] = [:]
        for (i, card) in cards.enumerated() where card.value != nil && index[card.keyword] == nil {
            index[card.keyword] = i
        }
        self.index = index
    }

    /// The value of `keyword`, if the header has it.
    public subscript(keyword: String) -> FITSValue? {
        guard let i = index[keyword.asciiUppercased()] else { return nil }
        return cards[i].value
    }

    /// The card of `keyword`, if the header has it.
    public func card(_ keyword: String) -> FITSCard? {
        index[keyword.asciiUppercased()].map { cards[$0] }
    }

    /// The string value of `keyword` (trimmed), or nil.
    public func string(_ keyword: String) -> String? { self[keyword]?.stringValue }
    /// The integer value of `keyword`, or nil.
    public func int(_ keyword: String) -> Int? { self[keyword]?.intValue }
    /// The real value of `keyword` (integers converted), or nil.
    public func double(_ keyword: String) -> Double? { self[keyword]?.doubleValue }
    /// The logical value of `keyword`, or nil.
    public func bool(_ keyword: String) -> Bool? { self[keyword]?.boolValue }
}
