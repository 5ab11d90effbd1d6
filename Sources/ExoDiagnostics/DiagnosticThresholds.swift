/// The limits the verdict rules apply; the defaults are argued in each property's comment.
public struct DiagnosticThresholds: Codable, Sendable, Equatable {
    /// Transits weaker than this SNR are not credible (Kepler's pipeline threshold is 7.1).
    public var minimumSNR: Double = 7.1
    /// Fewer transits than this are a single event: the period is not measured.
    public var minimumTransits: Int = 2
    /// Odd and even depths differing by more than this many sigma: an eclipsing binary at twice the period.
    /// 5 rather than 3 because the depth errors count white noise only, and correlated noise or another
    /// planet's transit falling on some of the transits easily makes 3-4 sigma.
    public var oddEvenSigma: Double = 5
    /// A secondary eclipse at least this significant counts...
    public var secondarySigma: Double = 5
    /// ...when it is at least this fraction of the primary depth (a planet's occultation is ≲ 1% of its transit).
    public var secondaryRelativeDepth: Double = 0.1
    /// Depths above this need a companion larger than 0.3 R★ (Rp/R★ ≈ √depth): a star, not a planet.
    public var maximumPlanetDepth: Double = 0.09
    /// A V-shaped eclipse (``SignalEvidence/vShape`` above ``vShape``) deeper than this is a grazing binary;
    /// grazing planets make only shallow V's.
    public var vShapeDepth: Double = 0.02
    /// The V-shape index above which an eclipse counts as V-shaped.
    public var vShape: Double = 0.7
    /// A transit longer than this fraction of the period is not an orbiting body's transit for a
    /// main-sequence star (it needs a/R★ < 1.6).
    public var maximumDurationFraction: Double = 0.2
    /// A transit longer than this multiple of the solar-density central duration needs a star of density
    /// below 1/27 solar (an evolved giant); treated as not transit-like.
    public var maximumDurationRatio: Double = 3
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

    /// The defaults.
    public init() {}
}
