import ExoBasics
import Foundation

/// The checks that tell a planet from an eclipsing binary or noise, for one signal. Values that
/// cannot be computed (no data at that phase) are nil and left out of the JSON.
public struct TransitDiagnostics: Sendable, Codable, Equatable {
    /// Odd against even transits.
    public var oddEven: OddEven
    /// The strongest dip away from the transit.
    public var secondary: SecondaryEclipse
    /// V (grazing binary) or U (planet) shape.
    public var shape: Shape
    /// Depth per light-curve segment and its χ².
    public var depthConsistency: DepthConsistency
    /// Duration against the longest expected for the star's density.
    public var durationCheck: DurationCheck
    /// How much of the signal comes from its strongest single transit.
    public var singleEvent: SingleEvent
    /// Red-noise factor β ≥ 1 by which every depth error above was multiplied: the scatter of the
    /// out-of-transit flux averaged over one transit duration, relative to white noise (nil in
    /// results written before it existed).
    public var redNoiseFactor: Double?

    enum CodingKeys: String, CodingKey {
        case oddEven = "odd_even"
        case secondary
        case shape
        case redNoiseFactor = "red_noise_factor"
        case depthConsistency = "depth_consistency"
        case durationCheck = "duration_check"
        case singleEvent = "single_event"
    }

    /// Depths of the odd- and even-numbered transits and their difference in sigma.
    public struct OddEven: Sendable, Codable, Equatable {
        public var oddDepth: Double?
        public var oddDepthError: Double?
        public var evenDepth: Double?
        public var evenDepthError: Double?
        /// `|odd − even| / √(σ_odd² + σ_even²)`.
        public var sigma: Double?

        enum CodingKeys: String, CodingKey {
            case oddDepth = "odd_depth", oddDepthError = "odd_depth_err"
            case evenDepth = "even_depth", evenDepthError = "even_depth_err"
            case sigma
        }
    }

    /// The deepest box of the signal's duration away from the transit (phase 0 is the transit).
    public struct SecondaryEclipse: Sendable, Codable, Equatable {
        /// Fractional depth.
        public var depth: Double?
        public var depthError: Double?
        /// Phase of its centre, 0–1.
        public var phase: Double?
        /// `depth / depthError`.
        public var significance: Double?

        enum CodingKeys: String, CodingKey {
            case depth, depthError = "depth_err", phase, significance
        }
    }

    /// Transit shape from the mean depth in the outer half of the box against the inner half.
    public struct Shape: Sendable, Codable, Equatable {
        /// The shape's name in the JSON.
        public enum Kind: String, Sendable, Codable {
            /// Flat-bottomed: a planet, or a binary's total eclipse.
            case u = "U"
            /// V-shaped: a grazing eclipse (``DiagnosticThresholds/vShape``).
            case v = "V"
            /// Too noisy to tell (inner-half depth below ``DiagnosticThresholds/shapeSignificance`` sigma).
            case unknown
        }

        /// U, V or unknown.
        public var kind: Kind
        /// Outer-half depth over inner-half depth: about 1 for a box, 1/3 for a triangle.
        public var ratio: Double?

        enum CodingKeys: String, CodingKey {
            case kind, ratio
        }

        /// The V-shape index `(1 − ratio) / (2/3)` clamped to 0…1: 0 for a box, 1 for a triangle.
        public var vShapeIndex: Double? { ratio.map { min(max((1 - $0) / (2.0 / 3.0), 0), 1) } }
    }

    /// Depth in each segment of the light curve (split at gaps longer than 0.5 d).
    public struct DepthConsistency: Sendable, Codable, Equatable {
        /// Depth per segment holding transits.
        public var segmentDepths: [Double]
        public var segmentDepthErrors: [Double]
        /// χ² of the segment depths about their weighted mean, and its degrees of freedom.
        public var chi2: Double?
        public var degreesOfFreedom: Int
        /// Gaussian significance of the χ² (Wilson–Hilferty).
        public var significance: Double?

        enum CodingKeys: String, CodingKey {
            case segmentDepths = "segment_depths", segmentDepthErrors = "segment_depth_errs"
            case chi2, degreesOfFreedom = "dof", significance
        }

        /// Population standard deviation of the segment depths over the absolute value of their
        /// mean (nil for fewer than two segments).
        public var relativeScatter: Double? {
            guard segmentDepths.count >= 2 else { return nil }
            let mean = segmentDepths.reduce(0, +) / Double(segmentDepths.count)
            let spread = (segmentDepths.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(segmentDepths.count)).squareRoot()
            return spread / abs(mean)
        }
    }

    /// Duration against a central transit of a small planet around a star of the given density.
    public struct DurationCheck: Sendable, Codable, Equatable {
        /// Expected duration, days: `P / π · (3π / (G ρ P²))^(1/3)`.
        public var expected: Double
        /// Measured over expected.
        public var ratio: Double
        /// Stellar density used, solar units.
        public var stellarDensity: Double

        enum CodingKeys: String, CodingKey {
            case expected, ratio, stellarDensity = "stellar_density"
        }

        /// The duration of a central transit (b = 0, Rp ≪ R★) on a circular orbit of `period`
        /// days around a star of `stellarDensity` (solar units), days: `P / (π a/R★)` with
        /// `a/R★ = (G ρ★ P² / 3π)^(1/3)` (Seager & Mallén-Ornelas 2003); about 13 h at one year for the Sun.
        public static func centralTransitDuration(period: Double, stellarDensity: Double = 1) -> Double {
            let seconds = period * PhysicalConstants.secondsPerDay
            let gravity = PhysicalConstants.gravitationalConstant
            let aOverR = pow(gravity * stellarDensity * PhysicalConstants.solarDensity * seconds * seconds / (3 * Double.pi), 1.0 / 3)
            return period / (Double.pi * aOverR)
        }
    }

    /// Whether one transit dominates the signal.
    public struct SingleEvent: Sendable, Codable, Equatable {
        /// Share of the summed in-transit depth signal from the strongest transit, 0–1.
        public var strongestTransitFraction: Double?
        /// Transits with data.
        public var transitsWithData: Int
        /// Share of the summed in-transit depth signal from transits at an edge of the data (the start,
        /// the end or a gap of half a day or more within 0.9 durations of the mid-time, so that a flank
        /// one duration wide holds under 60% of its cadences), 0–1; nil when not measured. Detrending and the spacecraft (settling, scattered light) leave dips there.
        public var edgeTransitFraction: Double? = nil
        /// SNR of the transits away from the edges alone (β-scaled), 0 when fewer than
        /// ``DiagnosticThresholds/minimumTransits`` of them have data; nil when not measured.
        public var interiorSNR: Double? = nil

        enum CodingKeys: String, CodingKey {
            case strongestTransitFraction = "strongest_transit_fraction", transitsWithData = "transits_with_data"
            case edgeTransitFraction = "edge_transit_fraction", interiorSNR = "interior_snr"
        }
    }
}
