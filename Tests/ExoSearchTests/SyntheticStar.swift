import ExoLightCurve
import ExoRandom
import Foundation

/// Seeded synthetic light curves: white noise, a slow variation, box or V-shaped transits and
/// secondary eclipses.
struct SyntheticStar {
    struct Body {
        var period: Double
        var epoch: Double
        var duration: Double
        var depth: Double
        var secondaryDepth = 0.0
        var vShaped = false
    }

    var days = 27.0
    var cadence = 10.0 / 1440
    var noise = 1e-3
    var variability = 0.003
    var bodies: [Body] = []
    var gap: ClosedRange<Double>? = 13.0...14.0

    func make(seed: UInt64) -> LightCurve {
        var rng = SeededGenerator(seed: seed)
        var time: [Double] = [], flux: [Double] = []
        var t = 1000.0
        while t < 1000 + days {
            defer { t += cadence }
            if let gap, gap.contains(t - 1000) { continue }
            var f = 1 + variability * sin(2 * Double.pi * (t - 1000) / 4.3)
            for b in bodies {
                f -= b.depth * profile(t, period: b.period, epoch: b.epoch, duration: b.duration, vShaped: b.vShaped)
                if b.secondaryDepth > 0 {
                    f -= b.secondaryDepth * profile(t, period: b.period, epoch: b.epoch + b.period / 2,
                                                    duration: b.duration, vShaped: b.vShaped)
                }
            }
            time.append(t)
            flux.append(1000 * (f + noise * rng.nextGaussian()))
        }
        return LightCurve(time: time, flux: flux, fluxError: [Double](repeating: 1000 * noise, count: time.count),
                          metadata: LightCurveMetadata(mission: .tess, targetID: "synthetic", cadenceDays: cadence))
    }

    /// Fractional dip (0–1) at `t`: a box, or a triangle of the same full width.
    func profile(_ t: Double, period: Double, epoch: Double, duration: Double, vShaped: Bool) -> Double {
        let k = ((t - epoch) / period).rounded()
        let x = abs(t - epoch - k * period) / (duration / 2)
        guard x < 1 else { return 0 }
        return vShaped ? 1 - x : 1
    }
}
