import ExoDiagnostics
import Foundation

/// The scalar features the `astronet` model reads beside the views, in physical units.
///
/// Names follow the TESS vetting set (`Period`, `Duration`, `SN`, `depth_change`, `Qingress`).
/// The model scales them robustly (``scaled``) because the raw values span many decades:
/// `depth_change` reaches 1.5e25 in the training split.
public struct ScalarFeatures: Codable, Equatable, Sendable {
    /// Orbital period, days.
    public var period: Double
    /// Transit duration, days.
    public var duration: Double
    /// Signal-to-noise ratio of the transit.
    public var signalToNoise: Double
    /// The set's `depth_change` statistic (relative change of the transit depth between subsets of
    /// transits, dimensionless); 0 when unknown.
    public var depthChange: Double
    /// Ingress duration as a fraction of the transit duration (`Qingress`); 0.19, the set's median,
    /// when unknown.
    public var ingressFraction: Double

    /// Features from their values; the defaults are the medians of the TESS training split.
    public init(period: Double = 1.21, duration: Double = 0.138, signalToNoise: Double = 17.8,
                depthChange: Double = 0.046, ingressFraction: Double = 0.19) {
        self.period = period
        self.duration = duration
        self.signalToNoise = signalToNoise
        self.depthChange = depthChange
        self.ingressFraction = ingressFraction
    }

    /// Features of a signal found by a transit search.
    ///
    /// - Parameters:
    ///   - period: days; duration: days.
    ///   - signalToNoise: the search's SNR of the transit.
    ///   - oddEvenDepthChange: relative difference of the odd and even transit depths,
    ///     `(odd - even) / mean`, when the search measured it (0 otherwise).
    ///   - ingressFraction: ingress over total duration, when a transit fit measured it.
    public static func fromSignal(period: Double, duration: Double, signalToNoise: Double,
                                  oddEvenDepthChange: Double = 0, ingressFraction: Double = 0.19) -> ScalarFeatures {
        ScalarFeatures(period: period, duration: duration, signalToNoise: signalToNoise,
                       depthChange: oddEvenDepthChange, ingressFraction: ingressFraction)
    }

    /// The `depth_change` feature, defined here once: the relative difference of the odd and even
    /// transit depths, `(odd - even) / mean`, from the diagnostics of the signal; 0 when either
    /// depth is unknown or their sum is 0. The vetting pipeline and the dataset builder both call it.
    public static func depthChange(_ oddEven: TransitDiagnostics.OddEven) -> Double {
        guard let odd = oddEven.oddDepth, let even = oddEven.evenDepth, odd + even != 0 else { return 0 }
        return (odd - even) / ((odd + even) / 2)
    }

    /// Number of values in ``scaled``.
    public static let scaledCount = 6

    /// The features as the model reads them: logarithms of the positive quantities, signed
    /// logarithms of the heavy-tailed ones, all roughly within [-3, 3] and clipped to [-5, 5].
    public var scaled: [Float] {
        func log10Clamped(_ x: Double, floor: Double) -> Double { log10(max(x.isFinite ? x : floor, floor)) }
        func signedLog(_ x: Double) -> Double {
            guard x.isFinite else { return x.isNaN ? 0 : (x > 0 ? 5 : -5) }
            return x >= 0 ? log10(1 + x) : -log10(1 - x)
        }
        func clip(_ x: Double) -> Float { Float(min(max(x.isFinite ? x : 0, -5), 5)) }
        return [
            clip((log10Clamped(period, floor: 0.05) - 0.1) / 0.7),
            clip((log10Clamped(duration, floor: 1e-4) + 0.9) / 0.4),
            clip((log10Clamped(duration / max(period, 1e-3), floor: 1e-5) + 1.0) / 0.5),
            clip((log10Clamped(signalToNoise, floor: 1) - 1.3) / 0.4),
            clip(signedLog(depthChange) * 2),
            clip((ingressFraction - 0.19) / 0.1 / 3),
        ]
    }
}
