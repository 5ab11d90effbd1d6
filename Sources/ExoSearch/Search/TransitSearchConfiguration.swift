import ExoDetrend
import ExoDiagnostics
import Foundation

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
    /// A grid with more trial periods than this is refused with a clear error (a damaged time column
    /// must not ask for billions).
    public var maximumPeriodCount: Int = PeriodGrid.defaultMaximumCount
    /// Wall-clock seconds the search of one light curve may take (nil: no limit); past it the search
    /// stops with ``SearchError/timeBudgetExceeded(source:budget:step:)``. Checked between steps
    /// (detrending, each BLS pass, the single-transit search), so one step may overrun it.
    public var timeBudget: Double?
    /// Oversampling of the Ofir grid (TLS default 3); the autoperiod grid uses the frequency factor
    /// `3 / gridOversampling` (1 by default, astropy's).
    public var gridOversampling: Double = 3
    /// BLS objective.
    public var objective: BLSObjective = .likelihood
    /// How the passes bin the phase (``BLSAlgorithm``): by default fast folding wherever it costs
    /// less; the peak is always refined by the exact binning.
    public var algorithm: BLSAlgorithm = .auto
    /// Phase bins per shortest duration (nil: 10, or fewer so bins are not much finer than half a cadence).
    public var oversample: Int?
    /// The most signals to report.
    public var maxSignals: Int = 5
    /// A search pass whose SDE is below this ends the search (nil: ``defaultSDEThreshold(periodCount:)``
    /// of the trial-period grid searched until a signal is reported, then at most
    /// ``companionSDEThreshold``). A value given here applies to every pass.
    public var sdeThreshold: Double?
    /// With the default ``sdeThreshold``, passes after the first reported signal need an SDE of at
    /// most this: once a star shows one significant transit signal, further planets are likely
    /// (multi-planet systems), and long baselines, whose 1% noise level is above 10, still find
    /// companions such as Kepler-90 b (SDE 9.6 in three quarters). 8.7 is the former fixed
    /// threshold, calibrated on 27-day curves; see `docs/search.md`.
    public var companionSDEThreshold: Double = 8.7
    /// Detections with fewer transits with data are masked but not reported (single events).
    public var minimumTransitCount: Int = 2
    /// A detection whose depth SNR reaches this is kept even below the SDE threshold (a very strong
    /// signal lifts its own harmonics and saturates the SDE; white noise stays near SNR 5).
    public var snrThreshold: Double = 30
    /// When a pass's SDE is below the threshold, a lone dip at least this significant (depth over
    /// its error) is masked as a single event and the search goes on.
    public var singleEventSignificance: Double = 10
    /// The search for lone transits run after the periodic passes.
    public var singleTransits = SingleTransitConfiguration()
    /// Width of the region masked around each transit before the next pass, in durations.
    public var maskWidthInDurations: Double = 2
    /// Stellar density, solar units, for the expected duration of a planet's transit and a lone transit's
    /// period estimate; nil (the default): the light curve's own (``LightCurveMetadata/stellarDensity``,
    /// from the header's `LOGG` and `RADIUS`), else solar.
    public var stellarDensity: Double?
    /// The limits that name the transit shape and raise the signals' flags.
    public var thresholds = DiagnosticThresholds()
    /// Stellar radius and mass, solar units, for the Ofir grid.
    public var stellarRadius: Double = 1
    public var stellarMass: Double = 1
    /// Worker threads for the BLS (nil: `ThreadBudget.available`, the CPUs this process may use).
    public var threads: Int?

    /// The default SDE threshold of a search over `periodCount` trial periods: `1.125 · ln(periodCount)`.
    ///
    /// More trial periods give noise more chances to make a high peak, so the threshold rises with
    /// the size of the grid (with the default Ofir grid, about in proportion to the baseline; the
    /// cadence does not matter). The slope is fitted to the 99th percentile of the first-pass SDE of
    /// seeded white-noise light curves (10 to 270 days, 2- to 30-minute cadence; `CalibrateSDE`,
    /// table in `docs/search.md`), which lies at `1.112 · ln(periodCount) − 0.48`; leaving out the
    /// intercept adds a margin for the percentiles' sampling error, and every calibration set has at
    /// most 0.7% of its curves at or above it. For example 7.39 at 715 periods (10 days), 8.78 at
    /// 2,458 (27 days), 10.18 at 8,494 (80 days), 11.66 at 31,802 (270 days).
    public static func defaultSDEThreshold(periodCount: Int) -> Double {
        1.125 * log(Double(max(periodCount, 1)))
    }

    /// Creates the default configuration.
    public init() {}
}
