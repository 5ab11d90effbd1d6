import ExoDiagnostics
/// One lone transit-like event (a single transit of a long-period body, or one of a duo), found by
/// ``SingleTransitSearch`` and vetted on its own.
///
/// Encodes to the snake_case keys of `exoscope search --json` / `vet --json` (`single_transits`):
/// `epoch`, `duration`, `depth`, `depth_err`, `snr`, `verdict`, `reasons`, `flags`,
/// `period_lower_limit`, `period_estimate`, for a duo `period_aliases` and, for a target pixel file, `centroid`.
public struct SingleTransit: Sendable, Codable, Equatable {
    /// Mid-time, days, in the light curve's time system (BKJD, BTJD, ...).
    public var epoch: Double
    /// Total duration (first to last contact) of the trapezoid fitted to the event, days.
    public var duration: Double
    /// Fractional depth against a local polynomial baseline.
    public var depth: Double
    /// One-sigma error of ``depth``, white noise times the correlated-noise factor β.
    public var depthError: Double
    /// `depth / depthError`.
    public var snr: Double
    /// "planet-candidate", "eclipsing-binary" or "not-transit-like".
    public var verdict: String
    /// Why, one sentence each.
    public var reasons: [String]
    /// The checks that failed (`v_shaped`, `too_deep`, `duration_too_long`, `short_for_period_limit` in JSON).
    public var flags: [DiagnosticFlag]
    /// The shortest period the data's coverage allows (every shorter one would put a second
    /// transit into the data), days.
    public var periodLowerLimit: Double
    /// The period of a central transit on a circular orbit with this duration around the star
    /// (stellar density from the configuration, else the light curve's header, else solar), days.
    public var periodEstimate: Double
    /// For one of a duo (two lone events that agree): the periods Δt/n the data do not exclude,
    /// ascending; nil otherwise.
    public var periodAliases: [Double]?
    /// Where the event's source lies in a target pixel file (``CentroidOffset``, one transit); nil for
    /// light curves. Set by the vetting, which reads the pixels.
    public var centroid: CentroidOffset?

    enum CodingKeys: String, CodingKey {
        case epoch, duration, depth
        case depthError = "depth_err"
        case snr, verdict, reasons, flags
        case periodLowerLimit = "period_lower_limit"
        case periodEstimate = "period_estimate"
        case periodAliases = "period_aliases"
        case centroid
    }

    /// Creates an event.
    public init(epoch: Double, duration: Double, depth: Double, depthError: Double, snr: Double, verdict: String,
                reasons: [String], flags: [DiagnosticFlag], periodLowerLimit: Double, periodEstimate: Double,
                periodAliases: [Double]? = nil) {
        self.epoch = epoch
        self.duration = duration
        self.depth = depth
        self.depthError = depthError
        self.snr = snr
        self.verdict = verdict
        self.reasons = reasons
        self.flags = flags
        self.periodLowerLimit = periodLowerLimit
        self.periodEstimate = periodEstimate
        self.periodAliases = periodAliases
    }
}
