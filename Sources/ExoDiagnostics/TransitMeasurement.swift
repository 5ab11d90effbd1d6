import ExoBasics
import Foundation

/// One expected transit of a signal, as TLS's per-transit statistics and astropy's
/// `BoxLeastSquares.compute_stats` give them: its time, depth and the points that saw it.
///
/// JSON: `epoch`, `depth`, `depth_err`, `snr` (null for a transit without data), `points`, `in_data`.
public struct TransitMeasurement: Sendable, Codable, Equatable {
    /// Expected mid-transit time from the ephemeris, days, in the light curve's time system.
    public var epoch: Double
    /// Fractional depth of this transit alone: out-of-transit mean minus the mean of its in-transit points
    /// (nil without points).
    public var depth: Double?
    /// One-sigma error of ``depth``: the point scatter times the red-noise factor over √points.
    public var depthError: Double?
    /// `depth / depthError`.
    public var snr: Double?
    /// In-transit points of this transit (within half a duration of its mid-time).
    public var points: Int
    /// Whether any point fell in this transit (false in a gap).
    public var inData: Bool { points > 0 }

    enum CodingKeys: String, CodingKey {
        case epoch, depth, depthError = "depth_err", snr, points, inData = "in_data"
    }

    /// A transit at `epoch` measured from `points` in-transit points.
    public init(epoch: Double, depth: Double?, depthError: Double?, points: Int) {
        self.epoch = epoch
        self.depth = depth
        self.depthError = depthError
        self.points = points
        snr = depth.flatMap { d in depthError.flatMap { $0 > 0 ? d / $0 : nil } }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(epoch: try c.decode(Double.self, forKey: .epoch), depth: try c.decodeIfPresent(Double.self, forKey: .depth),
                  depthError: try c.decodeIfPresent(Double.self, forKey: .depthError),
                  points: try c.decode(Int.self, forKey: .points))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(epoch, forKey: .epoch)
        try c.encode(depth, forKey: .depth)
        try c.encode(depthError, forKey: .depthError)
        try c.encode(snr, forKey: .snr)
        try c.encode(points, forKey: .points)
        try c.encode(inData, forKey: .inData)
    }
}

/// Period and epoch uncertainties of a box fit, from its per-transit table.
///
/// Each transit with data is given a mid-time error by Carter et al. (2008, eq. 18 at impact parameter 0):
/// `σ_t = (T / Q) · √(τ / 2T)`, with `T` the duration, `τ = T·k / (1 + k)` the ingress for the radius
/// ratio `k = √depth`, and `Q` the transit's share of the signal's SNR (`SNR · √(points / all points)`).
/// A weighted straight-line fit of those times against the transit number then gives the period's error
/// and the error of the mid-time of transit 0 (the epoch). One transit leaves the period unconstrained (nil).
public enum TransitTiming {
    /// `(periodError, epochError)` in days for the signal `ephemeris` of `depth` and `snr` measured in
    /// `transits`; nil entries where the data do not constrain them.
    public static func errors(_ ephemeris: Ephemeris, depth: Double, snr: Double, transits: [TransitMeasurement])
        -> (period: Double?, epoch: Double?)
    {
        let observed = transits.filter(\.inData)
        let allPoints = Double(observed.reduce(0) { $0 + $1.points })
        guard !observed.isEmpty, snr > 0, depth > 0, ephemeris.duration > 0, ephemeris.period > 0 else { return (nil, nil) }
        let k = depth.squareRoot()
        let ingressShare = k / (1 + k)  // τ / T
        var s = 0.0, sn = 0.0, snn = 0.0
        for transit in observed {
            let q = snr * (Double(transit.points) / allPoints).squareRoot()
            let sigma = ephemeris.duration / q * (ingressShare / 2).squareRoot()
            let weight = 1 / (sigma * sigma)
            let n = Double(ephemeris.transitNumber(at: transit.epoch))
            s += weight
            sn += weight * n
            snn += weight * n * n
        }
        let determinant = s * snn - sn * sn
        guard observed.count >= 2, determinant > 0 else { return (nil, (1 / s).squareRoot()) }
        return ((s / determinant).squareRoot(), (snn / determinant).squareRoot())
    }
}
