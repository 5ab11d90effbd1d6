/// Every limit that turns a measurement into a ``DiagnosticFlag`` or a verdict, each argued in its
/// comment. The search, the verdict rules and the tests read them from here; none repeats a number.
public struct DiagnosticThresholds: Codable, Sendable, Equatable {
    /// Transits weaker than this SNR are not credible (Kepler's pipeline threshold is 7.1).
    public var minimumSNR: Double = 7.1
    /// Fewer transits than this are a single event: the period is not measured.
    public var minimumTransits: Int = 2
    /// One transit carrying more than this share of the summed in-transit signal is a single event
    /// that other, empty "transits" were paired with.
    public var singleEventFraction: Double = 0.7
    /// Transits at edges of the data carrying more than this share of the summed in-transit signal make
    /// the signal not transit-like, unless the transits away from the edges are a detection on their own
    /// (``minimumTransits`` of them at ``minimumSNR``): detrending bends the flux at the start, the end
    /// and every gap, and the spacecraft settles after gaps and catches scattered light before them.
    public var maximumEdgeFraction: Double = 0.5
    /// A transit is at an edge of the data when a flank one duration wide on either side holds less than
    /// this share of its cadences (the rule that rejects lone transits at gaps).
    public var minimumFlankCoverage: Double = 0.6
    /// Odd and even depths differing by more than this many sigma: an eclipsing binary at twice the period.
    /// 5 rather than 3 because the depth errors allow for correlated noise on the transit time scale
    /// (β) but not for other systematics, and another planet's transit falling on some of the transits
    /// easily makes 3-4 sigma.
    public var oddEvenSigma: Double = 5
    /// A secondary eclipse at least this significant counts...
    public var secondarySigma: Double = 5
    /// ...when it is at least this fraction of the primary depth (a planet's occultation is ≲ 1% of its transit).
    public var secondaryRelativeDepth: Double = 0.1
    /// Depths above this need a companion larger than 0.3 R★ (Rp/R★ ≈ √depth): a star, not a planet.
    public var maximumPlanetDepth: Double = 0.09
    /// The V-shape index (0 for a flat-bottomed box, 1 for a pure V; see
    /// ``TransitDiagnostics/Shape/vShapeIndex``) above which an eclipse counts as V-shaped: 0.45, an
    /// outer-half over inner-half depth ratio of 0.7. The search's box fits the core of a V, so a grazing
    /// eclipse measures 0.55-0.65 (the shared binaries), while limb-darkened planets measure 0.72-0.92
    /// (the shared planets, Kepler-10 b lowest)...
    public var vShape: Double = 0.45
    /// ...once its inner-half depth is at least this many sigma, so that noise does not decide the shape.
    public var shapeSignificance: Double = 7
    /// A V-shaped eclipse deeper than this is a grazing binary; grazing planets make only shallow V's.
    public var vShapeDepth: Double = 0.02
    /// A transit longer than this fraction of the period is not an orbiting body's transit for a
    /// main-sequence star (it needs a/R★ < 1.6).
    public var maximumDurationFraction: Double = 0.2
    /// A transit longer than this multiple of the central-transit duration for the star's density needs
    /// a star 27 times less dense (an evolved giant); treated as not transit-like.
    public var maximumDurationRatio: Double = 3
    /// Segment depths whose χ² is at least this significant...
    public var depthSignificance: Double = 5
    /// ...and scatter by more than this fraction of their mean are inconsistent.
    public var depthRelativeScatter: Double = 0.2
    /// A transit source offset (difference image against out-of-transit centroid) at least this significant...
    public var centroidSigma: Double = 3
    /// ...and at least this many pixels counts as another star: 0.5 Kepler pixels is 2 arcsec, well above
    /// the 0.1-0.2 pixel systematic error of centroids within one quarter.
    public var centroidOffsetPixels: Double = 0.5
    /// A classifier junk probability above this makes the signal not transit-like before the binary
    /// diagnostics are read (a majority of the probability on variability or instrumental noise).
    public var junkProbability: Double = 0.5
    /// Planet candidates need at least this classifier planet probability.
    public var planetProbability: Double = 0.5
    /// When a signal is an eclipsing binary at twice its period.
    public var twicePeriod = TwicePeriodLimits()
    /// Outside the classifier's training domain (ExoVetting's `ClassifierDomain`), a signal with clean
    /// diagnostics needs at least this many transits to be a planet candidate: with two, a period alias or
    /// two unrelated events cannot be told apart.
    public var outOfDomainMinimumTransits: Int = 3

    /// The defaults.
    public init() {}

    /// Whether `centroid` puts the transit source off the target: at least ``centroidSigma`` and
    /// ``centroidOffsetPixels`` away (for periodic signals and lone transits alike).
    public func isOffTarget(_ centroid: CentroidOffset) -> Bool {
        centroid.significance >= centroidSigma && centroid.offsetPixels >= centroidOffsetPixels
    }

    /// The diagnostic flags `evidence` raises, in a fixed order: the only place they are decided.
    public func flags(for evidence: SignalEvidence) -> [DiagnosticFlag] {
        var flags: [DiagnosticFlag] = []
        if !(evidence.snr >= minimumSNR) { flags.append(.lowSNR) }
        if evidence.transitCount < minimumTransits || (evidence.strongestTransitFraction ?? 0) > singleEventFraction {
            flags.append(.singleEvent)
        }
        if let fraction = evidence.edgeTransitFraction, fraction > maximumEdgeFraction, !((evidence.interiorSNR ?? 0) >= minimumSNR) {
            flags.append(.atDataEdges)
        }
        if let fraction = evidence.durationFraction, fraction > maximumDurationFraction {
            flags.append(.durationTooLong)
        } else if let ratio = evidence.durationRatio, ratio > maximumDurationRatio {
            flags.append(.durationTooLong)
        }
        if evidence.depth > maximumPlanetDepth { flags.append(.tooDeep) }
        if let sigma = evidence.secondarySigma, let depth = evidence.secondaryDepth, sigma >= secondarySigma,
           evidence.depth > 0, depth / evidence.depth >= secondaryRelativeDepth {
            if let other = evidence.secondaryOverlapsSignal {
                flags.append(.secondaryIsSignal(other))
            } else {
                flags.append(evidence.secondaryOverlapsLoneTransit == nil ? .secondaryEclipse : .secondaryIsLoneTransit)
            }
        }
        if let other = evidence.samePeriodSignal, other.depth > 0,
           other.isEclipsingBinary || (other.atOtherPhase && evidence.depth / other.depth >= secondaryRelativeDepth) {
            flags.append(.eclipseOfSignal(other.number))
        }
        if let sigma = evidence.oddEvenSigma, sigma >= oddEvenSigma { flags.append(.oddEven) }
        if let v = evidence.vShape, v >= vShape { flags.append(.vShaped) }
        if let z = evidence.depthConsistencySignificance, z > depthSignificance,
           let scatter = evidence.depthRelativeScatter, scatter > depthRelativeScatter {
            flags.append(.inconsistentDepth)
        }
        if let centroid = evidence.centroid, isOffTarget(centroid) { flags.append(.centroidOffset) }
        if evidence.twicePeriod?.isBinary == true { flags.append(.twicePeriod) }
        return flags
    }
}
