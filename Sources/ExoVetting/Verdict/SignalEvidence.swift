import ExoDiagnostics
import Foundation

/// What is known about one signal when its verdict is decided: the search's measurements, the
/// diagnostics and the classifier's probabilities. Depths are fractional, times in days.
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
    /// How V-shaped the transit is: 0 for a flat-bottomed box, 1 for a pure V (nil if not measured).
    public var vShape: Double?
    /// The longest duration a central transit of a solar-density star could have at this period, days.
    public var maximumPlanetDuration: Double?
    /// The number of another signal of the same star whose transits fall where this signal's secondary
    /// eclipse was measured (nil if none): the "secondary eclipse" is then that planet's transit.
    public var secondaryOverlapsSignal: Int?
    /// The centroid test of a target pixel file (nil for other products).
    public var centroid: CentroidOffset?
    /// Classifier probability of a planet candidate.
    public var pcProbability: Double
    /// Classifier probability of an eclipsing binary.
    public var ebProbability: Double
    /// Classifier probability of junk (variability, instrumental).
    public var junkProbability: Double

    /// Creates the evidence for one signal.
    public init(
        period: Double, duration: Double, depth: Double, snr: Double, transitCount: Int,
        oddEvenSigma: Double? = nil, secondaryDepth: Double? = nil, secondarySigma: Double? = nil,
        secondaryPhase: Double? = nil, vShape: Double? = nil, maximumPlanetDuration: Double? = nil,
        centroid: CentroidOffset? = nil, pcProbability: Double, ebProbability: Double, junkProbability: Double
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
        self.centroid = centroid
        self.pcProbability = pcProbability
        self.ebProbability = ebProbability
        self.junkProbability = junkProbability
    }

    /// The longest central-transit duration for a star of solar density, days:
    /// T ≈ 13 h × (P / 365.25 d)^(1/3) × (ρ★/ρ☉)^(-1/3) (Seager & Mallén-Ornelas 2003, for b = 0, Rp ≪ R★).
    public static func solarDensityDuration(period: Double, stellarDensitySolar: Double = 1) -> Double {
        13.0 / 24.0 * pow(period / 365.25, 1.0 / 3.0) * pow(stellarDensitySolar, -1.0 / 3.0)
    }
}
