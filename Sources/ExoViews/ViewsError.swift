/// Why views could not be made from a light curve.
public enum ViewsError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An ephemeris value is not positive and finite.
    case invalidEphemeris(String)
    /// Too few finite points to bin.
    case tooFewPoints(source: String, count: Int)
    /// A configuration value is out of range.
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case let .invalidEphemeris(text): "invalid ephemeris: \(text)"
        case let .tooFewPoints(source, count): "\(source): too few finite points to make views (\(count))"
        case let .invalidConfiguration(text): "invalid view configuration: \(text)"
        }
    }
}
