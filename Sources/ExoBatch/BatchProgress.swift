import Foundation

/// Where a batch stands, passed to the progress observer after each star.
public struct BatchProgress: Sendable, Equatable {
    /// Stars this run has to process (after sharding and resuming).
    public var total: Int
    /// Stars finished in this run.
    public var completed: Int
    /// Of those, stars that failed.
    public var failed: Int
    /// Stars found already done in the journal (not counted in `total`).
    public var resumed: Int
    /// Seconds since this run started processing.
    public var elapsed: Double

    public init(total: Int, completed: Int, failed: Int, resumed: Int, elapsed: Double) {
        self.total = total
        self.completed = completed
        self.failed = failed
        self.resumed = resumed
        self.elapsed = elapsed
    }

    /// Stars per minute so far (0 before the first star).
    public var starsPerMinute: Double { elapsed > 0 && completed > 0 ? Double(completed) / elapsed * 60 : 0 }

    /// Seconds left at the current rate (nil before the first star).
    public var secondsLeft: Double? {
        guard completed > 0, elapsed > 0 else { return nil }
        return Double(total - completed) * elapsed / Double(completed)
    }
}
