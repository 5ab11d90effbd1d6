import ExoDetrend

/// Settings of a multi-planet transit search. Every field has a default suited to Kepler, K2 and
/// TESS light curves; nil fields are derived from the data.
public struct TransitSearchConfiguration: Sendable, Codable, Equatable {
    /// Which trial-period grid to search.
    public enum Grid: String, Sendable, Codable, CaseIterable {
        /// Ofir (2014) optimal grid for a star of ``TransitSearchConfiguration/stellarRadius`` and mass.
        case ofir
        /// astropy's autoperiod: uniform in frequency.
        case autoperiod
    }

    /// Shortest trial period, days.
    public var minimumPeriod: Double = 0.5
    /// Longest trial period, days (nil: half the baseline, so at least two transits fit).
    public var maximumPeriod: Double?
    /// Trial durations, days (nil: `durationCount` values from max(0.03 d, 2 cadences) to ``longestDuration``).
    public var durations: [Double]?
    /// Number of trial durations when ``durations`` is nil.
    public var durationCount: Int = 10
    /// Longest trial duration when ``durations`` is nil, days.
    public var longestDuration: Double = 0.3
    /// A duration is tried at a period only if it is at most this fraction of the period.
    public var maximumDutyCycle: Double = 0.15
    /// The detrending (nil: biweight with ``Detrender/defaultWindow(longestDurationDays:cadenceDays:)``).
    public var detrender: Detrender?
    /// Upward outliers beyond this many robust sigma are removed after detrending.
    public var clipSigma: Double = 3
    /// Which period grid.
    public var grid: Grid = .ofir
    /// Oversampling of the Ofir grid (TLS default 3); the autoperiod grid uses the frequency factor
    /// `3 / gridOversampling` (1 by default, astropy's).
    public var gridOversampling: Double = 3
    /// BLS objective.
    public var objective: BLSObjective = .likelihood
    /// Phase bins per shortest duration (nil: 10, or fewer so bins are not much finer than half a cadence).
    public var oversample: Int?
    /// The most signals to report.
    public var maxSignals: Int = 5
    /// A search pass whose SDE is below this ends the search. The default comes from the
    /// false-alarm test in `docs/search.md`: 99% of pure-noise light curves stay below it.
    public var sdeThreshold: Double = TransitSearchConfiguration.defaultSDEThreshold
    /// Detections with fewer transits with data are masked but not reported (single events).
    public var minimumTransitCount: Int = 2
    /// A detection whose depth SNR reaches this is kept even below the SDE threshold (a very strong
    /// signal lifts its own harmonics and saturates the SDE; white noise stays near SNR 5).
    public var snrThreshold: Double = 30
    /// When a pass's SDE is below the threshold, a lone dip at least this significant (depth over
    /// its error) is masked as a single event and the search goes on.
    public var singleEventSignificance: Double = 10
    /// Width of the region masked around each transit before the next pass, in durations.
    public var maskWidthInDurations: Double = 2
    /// Stellar density, solar units, for the expected duration.
    public var stellarDensity: Double = 1
    /// Stellar radius and mass, solar units, for the Ofir grid.
    public var stellarRadius: Double = 1
    public var stellarMass: Double = 1
    /// Worker threads for the BLS (nil: all active processors).
    public var threads: Int?

    /// The default SDE threshold (see `docs/search.md`).
    public static let defaultSDEThreshold = 8.7

    /// Creates the default configuration.
    public init() {}
}
