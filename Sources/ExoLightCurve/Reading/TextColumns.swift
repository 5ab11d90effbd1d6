import Foundation

/// Which columns of a text table hold time, flux and flux error (`--columns TIME,FLUX[,ERR]`): each
/// a header name (any case) or a 1-based column number.
public struct TextColumns: Sendable, Equatable, Codable {
    public var time: String
    public var flux: String
    public var error: String?

    public init(time: String, flux: String, error: String? = nil) {
        self.time = time
        self.flux = flux
        self.error = error
    }

    /// `TIME,FLUX` or `TIME,FLUX,ERR`; nil for any other shape.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (2...3).contains(parts.count), !parts.contains(where: \.isEmpty) else { return nil }
        self.init(time: parts[0], flux: parts[1], error: parts.count == 3 ? parts[2] : nil)
    }

    /// The index of `column` among `names` (lowercased header names; empty without a header) in a
    /// table of `width` columns: by name, or by 1-based number.
    static func index(of column: String, names: [String], width: Int) -> Int? {
        if let index = names.firstIndex(of: column.lowercased()) { return index }
        if let number = Int(column), (1...width).contains(number) { return number - 1 }
        return nil
    }
}
