/// A signal measured at twice its period (ExoVetting's `TwicePeriodTest`): its two eclipses, and whether
/// they are an eclipsing binary's (flag ``DiagnosticFlag/twicePeriod``).
///
/// JSON (`twice_period` of a vetted signal): `period`, `epoch` (of the primary), `primary_depth`,
/// `primary_depth_err`, `secondary_depth`, `secondary_depth_err`, `secondary_phase`,
/// `depth_difference_sigma`, `primary_eclipses`, `secondary_eclipses`, `binary` and, when it is one,
/// `reason`.
public struct TwicePeriod: Codable, Sendable, Equatable {
    /// Twice the search's period, days.
    public var period: Double
    /// Time of a primary eclipse, days.
    public var epoch: Double
    /// Depth of the deeper eclipse, fractional, and its error.
    public var primaryDepth: Double
    public var primaryDepthError: Double
    /// Depth of the other eclipse, fractional, and its error.
    public var secondaryDepth: Double
    public var secondaryDepthError: Double
    /// Phase of the secondary eclipse at twice the period (0.5 for a circular orbit).
    public var secondaryPhase: Double
    /// The two depths' difference in sigma.
    public var depthDifferenceSigma: Double
    /// Eclipses of each kind with data.
    public var primaryEclipses: Int
    public var secondaryEclipses: Int
    /// True when the signal is an eclipsing binary at twice the period: it is then reported at `period`.
    public var isBinary: Bool
    /// Why it is a binary at twice the period (nil when it is not).
    public var reason: String?

    /// Creates a measurement.
    public init(period: Double, epoch: Double, primaryDepth: Double, primaryDepthError: Double,
                secondaryDepth: Double, secondaryDepthError: Double, secondaryPhase: Double,
                depthDifferenceSigma: Double, primaryEclipses: Int, secondaryEclipses: Int, isBinary: Bool,
                reason: String?) {
        self.period = period
        self.epoch = epoch
        self.primaryDepth = primaryDepth
        self.primaryDepthError = primaryDepthError
        self.secondaryDepth = secondaryDepth
        self.secondaryDepthError = secondaryDepthError
        self.secondaryPhase = secondaryPhase
        self.depthDifferenceSigma = depthDifferenceSigma
        self.primaryEclipses = primaryEclipses
        self.secondaryEclipses = secondaryEclipses
        self.isBinary = isBinary
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case period, epoch
        case primaryDepth = "primary_depth", primaryDepthError = "primary_depth_err"
        case secondaryDepth = "secondary_depth", secondaryDepthError = "secondary_depth_err"
        case secondaryPhase = "secondary_phase", depthDifferenceSigma = "depth_difference_sigma"
        case primaryEclipses = "primary_eclipses", secondaryEclipses = "secondary_eclipses"
        case isBinary = "binary", reason
    }
}
