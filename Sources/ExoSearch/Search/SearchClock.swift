import Foundation

/// The time budget of one search (``TransitSearchConfiguration/timeBudget``), checked between its
/// steps (detrending, each BLS pass, the single-transit search). A step already begun finishes, so a
/// search may overrun its budget by one step.
struct SearchClock {
    /// The budget, seconds (nil: none).
    let budget: Double?
    /// The light curve's files, for the error.
    let source: String
    private let start = ContinuousClock.now

    init(budget: Double?, source: String) {
        self.budget = budget
        self.source = source
    }

    /// Throws ``SearchError/timeBudgetExceeded(source:budget:step:)`` when the budget is spent.
    func check(after step: String) throws {
        guard let budget else { return }
        let elapsed = (ContinuousClock.now - start) / .seconds(1)
        if elapsed > budget { throw SearchError.timeBudgetExceeded(source: source, budget: budget, step: step) }
    }
}
