import ExoLightCurve
import ExoRandom
import Foundation

/// A seeded light curve with a sinusoidal trend, Gaussian noise and box transits.
enum SyntheticLightCurve {
    static func make(
        days: Double = 10, cadence: Double = 0.02, noise: Double = 5e-4, trendAmplitude: Double = 0.005,
        trendPeriod: Double = 3, period: Double = 2.5, epoch: Double = 0.7, duration: Double = 0.12,
        depth: Double = 0.002, seed: UInt64 = 1
    ) -> (LightCurve, [Double], [Bool]) {
        var rng = SeededGenerator(seed: seed)
        var time: [Double] = [], flux: [Double] = [], trend: [Double] = [], inTransit: [Bool] = []
        var t = 0.0
        while t < days {
            let s = 1 + trendAmplitude * sin(2 * Double.pi * t / trendPeriod)
            let phase = (t - epoch + 0.5 * period).truncatingRemainder(dividingBy: period) - 0.5 * period
            let transiting = abs(phase) < duration / 2
            time.append(t)
            trend.append(s)
            inTransit.append(transiting)
            flux.append(s * (1 - (transiting ? depth : 0)) + noise * rng.nextGaussian())
            t += cadence
        }
        let lc = LightCurve(time: time, flux: flux, fluxError: [Double](repeating: noise, count: time.count))
        return (lc, trend, inTransit)
    }
}
