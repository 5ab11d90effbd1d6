/// The best box model at every trial period: what astropy's `BoxLeastSquaresResults` holds.
///
/// All arrays have one value per trial period, in the order of ``periods``. Times and durations are
/// days in the light curve's time system; depths are in flux units (fractional for a flattened curve).
public struct BLSPeriodogram: Sendable, Codable, Equatable {
    /// The objective that ``power`` holds.
    public var objective: BLSObjective
    /// Trial periods, days.
    public var periods: [Double]
    /// The objective at the best box of each period (−∞ where no box had points in and out of transit).
    public var power: [Double]
    /// Best depth (out-of-transit mean minus in-transit mean).
    public var depth: [Double]
    /// One-sigma uncertainty of ``depth`` from the flux errors.
    public var depthError: [Double]
    /// Best duration, days (a whole number of phase bins).
    public var duration: [Double]
    /// Mid-transit time of the best box, days, in `[tmin, tmin + period)`.
    public var transitTime: [Double]
    /// `depth / depthError`.
    public var depthSNR: [Double]
    /// Log-likelihood gain `0.5 * ivar_in * depth²` of the best box.
    public var logLikelihood: [Double]

    /// Index of the highest ``power`` (nil when there are no periods).
    public var bestIndex: Int? {
        guard !power.isEmpty else { return nil }
        var best = 0
        for i in power.indices where power[i] > power[best] { best = i }
        return best
    }

    /// The period with the highest power, days (NaN when empty).
    public var periodAtMaxPower: Double { bestIndex.map { periods[$0] } ?? .nan }
}
