/// Why vetting could not run or could not finish a star.
public enum VettingError: Error, CustomStringConvertible, Equatable {
    /// No input files were given.
    case noFiles
    /// The classifier could not be loaded.
    case modelUnavailable(reason: String)
    /// A star's light curve has too few points left after cleaning to be searched.
    case tooFewPoints(target: String, count: Int)

    public var description: String {
        switch self {
        case .noFiles:
            "no light-curve files were given"
        case .modelUnavailable(let reason):
            "cannot load the classifier: \(reason)"
        case .tooFewPoints(let target, let count):
            "\(target): only \(count) usable points after cleaning; at least 50 are needed to search"
        }
    }
}
