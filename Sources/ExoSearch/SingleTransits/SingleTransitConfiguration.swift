/// Settings of the search for lone transits (``SingleTransitSearch``).
public struct SingleTransitConfiguration: Sendable, Codable, Equatable {
    /// Shortest trial duration, days (raised to three cadences for long-cadence data).
    public var shortestDuration: Double = 1.0 / 24
    /// Longest trial duration, days.
    public var longestDuration: Double = 1.5
    /// Ratio between consecutive trial durations.
    public var durationStep: Double = 1.25
    /// An event is reported when its depth over its correlated-noise error (β-scaled) reaches this,
    /// both in the matched-filter scan and in the local fit. Calibrated on quiet light curves so that
    /// false events stay below 1 per 100 quiet star-sectors (`docs/single-transits.md`).
    public var snrThreshold: Double = 8
    /// The most events reported per star.
    public var maxEvents: Int = 6

    /// The default settings.
    public init() {}
}
