import Foundation

/// What is known about one signal when its flags and verdict are decided: the search's measurements,
/// the diagnostics and, once classified, the classifier's probabilities. Depths are fractional, times
/// in days.
public struct SignalEvidence: Sendable, Equatable {
    /// Period, days.
    public var period: Double
    /// Transit duration, days.
    public var duration: Double
    /// Fractional transit depth.
    public var depth: Double
    /// Transit signal-to-noise ratio.
    public var snr: Double
    /// Number of transits with data.
    public var transitCount: Int
    /// Odd-even depth difference, sigma (nil if not measured).
    public var oddEvenSigma: Double?
    /// Depth of the strongest secondary eclipse, fractional (nil if none measured).
    public var secondaryDepth: Double?
    /// Significance of that secondary eclipse, sigma.
    public var secondarySigma: Double?
    /// Phase of the secondary eclipse as a fraction of the period, 0-1 (nil if none).
    public var secondaryPhase: Double?
    /// V-shape index, 0 for a flat-bottomed box to 1 for a pure V (nil when the shape is too noisy to tell).
    public var vShape: Double?
    /// The duration of a central transit for the star's density at this period, days
    /// (``TransitDiagnostics/DurationCheck/centralTransitDuration(period:stellarDensity:)``).
    public var maximumPlanetDuration: Double?
    /// Share of the summed in-transit signal from the strongest transit, 0-1.
    public var strongestTransitFraction: Double?
    /// Share of the summed in-transit signal from transits at an edge of the data (start, end, gap), 0-1.
    public var edgeTransitFraction: Double?
    /// SNR of the transits away from those edges alone (0 with fewer than two of them).
    public var interiorSNR: Double?
    /// Significance of the χ² of the per-segment depths, sigma.
    public var depthConsistencySignificance: Double?
    /// Standard deviation of the per-segment depths over the absolute value of their mean.
    public var depthRelativeScatter: Double?
    /// The number (1-based) of another signal of the same star whose transits fall where this signal's
    /// secondary eclipse was measured (nil if none): the "secondary eclipse" is then that signal's transit.
    public var secondaryOverlapsSignal: Int?
    /// A deeper signal of the same star with this signal's period (nil if none). This signal is one of
    /// that binary's eclipses when it lies at another phase and is at least
    /// ``DiagnosticThresholds/secondaryRelativeDepth`` of that depth, or when the deeper signal is an
    /// eclipsing binary (at its phase: the rest of its eclipse).
    public var samePeriodSignal: OtherSignal?

    /// Another signal of the same star with the same period.
    public struct OtherSignal: Sendable, Equatable {
        /// Its number among the star's signals, 1-based.
        public var number: Int
        /// Its fractional depth.
        public var depth: Double
        /// Whether its transits fall at another phase than this signal's.
        public var atOtherPhase: Bool
        /// Whether it was judged an eclipsing binary.
        public var isEclipsingBinary: Bool

        /// Creates the reference.
        public init(number: Int, depth: Double, atOtherPhase: Bool, isEclipsingBinary: Bool) {
            self.number = number
            self.depth = depth
            self.atOtherPhase = atOtherPhase
            self.isEclipsingBinary = isEclipsingBinary
        }
    }

    /// The epoch of a lone transit of the same star at one of this signal's secondary-eclipse times (nil
    /// if none): the "secondary eclipse" is then that transit (K2-3 c's dip is a transit of d).
    public var secondaryOverlapsLoneTransit: Double?
    /// The centroid test of a target pixel file (nil for other products).
    public var centroid: CentroidOffset?
    /// The signal measured at twice its period (nil if not measured); when ``TwicePeriod/isBinary``, the
    /// period, epoch and depth above are already those at twice the period.
    public var twicePeriod: TwicePeriod?
    /// Why the signal lies outside the classifier's training domain, one phrase each (ExoVetting's
    /// `ClassifierDomain`); empty when inside.
    public var outOfDomain: [String] = []
    /// Classifier probability of a planet candidate (NaN until classified).
    public var pcProbability: Double
    /// Classifier probability of an eclipsing binary (NaN until classified).
    public var ebProbability: Double
    /// Classifier probability of junk: variability, instrumental (NaN until classified).
    public var junkProbability: Double

    /// Creates the evidence for one signal.
    public init(
        period: Double, duration: Double, depth: Double, snr: Double, transitCount: Int,
        oddEvenSigma: Double? = nil, secondaryDepth: Double? = nil, secondarySigma: Double? = nil,
        secondaryPhase: Double? = nil, vShape: Double? = nil, maximumPlanetDuration: Double? = nil,
        strongestTransitFraction: Double? = nil, edgeTransitFraction: Double? = nil, interiorSNR: Double? = nil,
        depthConsistencySignificance: Double? = nil,
        depthRelativeScatter: Double? = nil, secondaryOverlapsSignal: Int? = nil, centroid: CentroidOffset? = nil,
        pcProbability: Double = .nan, ebProbability: Double = .nan, junkProbability: Double = .nan
    ) {
        self.period = period
        self.duration = duration
        self.depth = depth
        self.snr = snr
        self.transitCount = transitCount
        self.oddEvenSigma = oddEvenSigma
        self.secondaryDepth = secondaryDepth
        self.secondarySigma = secondarySigma
        self.secondaryPhase = secondaryPhase
        self.vShape = vShape
        self.maximumPlanetDuration = maximumPlanetDuration
        self.strongestTransitFraction = strongestTransitFraction
        self.edgeTransitFraction = edgeTransitFraction
        self.interiorSNR = interiorSNR
        self.depthConsistencySignificance = depthConsistencySignificance
        self.depthRelativeScatter = depthRelativeScatter
        self.secondaryOverlapsSignal = secondaryOverlapsSignal
        self.centroid = centroid
        self.pcProbability = pcProbability
        self.ebProbability = ebProbability
        self.junkProbability = junkProbability
    }

    /// The evidence of a signal of `period`, `duration`, `depth` and `snr` from its `diagnostics`.
    public init(period: Double, duration: Double, depth: Double, snr: Double, diagnostics d: TransitDiagnostics) {
        self.init(
            period: period, duration: duration, depth: depth, snr: snr, transitCount: d.singleEvent.transitsWithData,
            oddEvenSigma: d.oddEven.sigma, secondaryDepth: d.secondary.depth, secondarySigma: d.secondary.significance,
            secondaryPhase: d.secondary.phase, vShape: d.shape.kind == .unknown ? nil : d.shape.vShapeIndex,
            maximumPlanetDuration: d.durationCheck.expected > 0 ? d.durationCheck.expected : nil,
            strongestTransitFraction: d.singleEvent.strongestTransitFraction,
            edgeTransitFraction: d.singleEvent.edgeTransitFraction, interiorSNR: d.singleEvent.interiorSNR,
            depthConsistencySignificance: d.depthConsistency.significance,
            depthRelativeScatter: d.depthConsistency.relativeScatter)
    }

    /// Duration over period (nil for a period that is not positive).
    public var durationFraction: Double? { period > 0 ? duration / period : nil }

    /// Duration over ``maximumPlanetDuration`` (nil when that is unknown).
    public var durationRatio: Double? {
        guard let maximum = maximumPlanetDuration, maximum > 0 else { return nil }
        return duration / maximum
    }
}
