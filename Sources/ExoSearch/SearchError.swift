/// Why a transit search could not run.
public enum SearchError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The light curve has too few usable points.
    case tooFewPoints(source: String, count: Int, minimum: Int)
    /// A period grid or duration list is empty or not positive.
    case invalidGrid(String)
    /// The longest duration is not shorter than the shortest period (as astropy requires).
    case durationLongerThanPeriod(maxDuration: Double, minPeriod: Double)
    /// The search of `source` took longer than its ``TransitSearchConfiguration/timeBudget`` (seconds);
    /// it stopped after `step`.
    case timeBudgetExceeded(source: String, budget: Double, step: String)

    public var description: String {
        switch self {
        case let .tooFewPoints(source, count, minimum):
            "\(source.isEmpty ? "light curve" : source): needs at least \(minimum) usable points, got \(count)"
        case let .invalidGrid(reason):
            "invalid search grid: \(reason)"
        case let .durationLongerThanPeriod(maxDuration, minPeriod):
            "the longest duration (\(maxDuration) d) must be shorter than the shortest period, got \(minPeriod) d"
        case let .timeBudgetExceeded(source, budget, step):
            "\(source.isEmpty ? "light curve" : source): the search exceeded its time budget of \(budget) s "
                + "(stopped after \(step)); allow more time (--time-budget) or search a narrower range (--max-period)"
        }
    }
}
