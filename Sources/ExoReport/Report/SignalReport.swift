import ExoBasics

/// One signal of a star in the report: its ephemeris, the classifier's output, the verdict and its views.
public struct SignalReport: Codable, Sendable, Equatable {
    /// 1 for the first (strongest) signal, 2 for the next, ...
    public var number: Int
    /// Period, days.
    public var period: Double
    /// Mid-time of a transit, days (the light curve's time system).
    public var epoch: Double
    /// Transit duration, days.
    public var duration: Double
    /// Fractional transit depth.
    public var depth: Double
    /// One-sigma error of the depth.
    public var depthError: Double
    /// Signal-to-noise ratio of the transit.
    public var snr: Double
    /// Signal detection efficiency of the periodogram peak.
    public var sde: Double
    /// Number of transits with data.
    public var transitCount: Int
    /// The classifier's probability that this is a planet candidate (PC), 0-1.
    public var planetProbability: Double
    /// Class probabilities by class name (`PC`, `EB`, `J`).
    public var classProbabilities: [String: Double]
    /// `planet-candidate`, `eclipsing-binary` or `not-transit-like`.
    public var verdict: String
    /// Why the verdict was given, one sentence each.
    public var reasons: [String]
    /// Diagnostic flags raised by the search and vetting.
    public var flags: [String]
    /// Folded views: global, local, secondary (whichever were made).
    public var panels: [FoldedPanel]
    /// Binned local view of odd-numbered transits.
    public var odd: BinnedPoints?
    /// Binned local view of even-numbered transits.
    public var even: BinnedPoints?
    /// Odd-even depth difference, sigma.
    public var oddEvenSigma: Double?

    /// Creates a signal report.
    /// Mean depths of the odd and even transits and their one-sigma errors, fractional (nil without data).
    public var oddDepth: Double?
    public var oddDepthError: Double?
    public var evenDepth: Double?
    public var evenDepthError: Double?
    /// One window per transit with data (at most the first 24), in time order.
    public var transitWindows: [TransitWindow] = []
    /// Transits with data beyond those in ``transitWindows``.
    public var transitWindowsLeftOut = 0
    /// The difference-image evidence (target pixel files only).
    public var centroid: CentroidPanel?

    public init(
        number: Int, period: Double, epoch: Double, duration: Double, depth: Double, depthError: Double,
        snr: Double, sde: Double, transitCount: Int, planetProbability: Double,
        classProbabilities: [String: Double], verdict: String, reasons: [String], flags: [String],
        panels: [FoldedPanel] = [], odd: BinnedPoints? = nil, even: BinnedPoints? = nil, oddEvenSigma: Double? = nil
    ) {
        self.number = number
        self.period = period
        self.epoch = epoch
        self.duration = duration
        self.depth = depth
        self.depthError = depthError
        self.snr = snr
        self.sde = sde
        self.transitCount = transitCount
        self.planetProbability = planetProbability
        self.classProbabilities = classProbabilities
        self.verdict = verdict
        self.reasons = reasons
        self.flags = flags
        self.panels = panels
        self.odd = odd
        self.even = even
        self.oddEvenSigma = oddEvenSigma
    }

    /// Mid-times of this signal's transits between `start` and `end`, days.
    public func transitTimes(from start: Double, to end: Double) -> [Double] {
        Ephemeris(period: period, epoch: epoch, duration: duration).transitTimes(from: start, to: end)
    }
}
