/// The limits of the twice-the-period test (ExoVetting's `TwicePeriodTest`: is a signal an eclipsing
/// binary found at half its period?); each default is argued in its comment and the resulting rates are
/// measured in docs/vetting.md (`BenchTwicePeriod`).
public struct TwicePeriodLimits: Codable, Sendable, Equatable {
    /// Each eclipse must be at least this many sigma deep.
    public var eclipseSigma: Double = 3
    /// Depths differing by at least this many sigma (the errors include transit-to-transit scatter and red
    /// noise)...
    public var depthDifferenceSigma: Double = 3
    /// ...and by at least this fraction of the primary depth are two different eclipses.
    public var relativeDepthDifference: Double = 0.1
    /// Alike eclipses deeper than this (Rp/R★ > 0.3) are a twin binary's...
    public var planetDepth: Double = 0.09
    /// ...unless an eclipse at least this fraction of their depth lies between them.
    public var secondaryRelativeDepth: Double = 0.1

    /// The defaults.
    public init() {}
}
