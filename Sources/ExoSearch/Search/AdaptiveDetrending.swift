import ExoBasics
import ExoDetrend
import ExoLightCurve
import Foundation

/// The search's detrending, adapted to stars that vary faster than the default window can follow.
///
/// The default biweight window (three times the longest duration, 0.9 d) follows spots that
/// rotate in days but not in hours: a star rotating in under a day keeps most of its modulation in
/// the flattened flux and buries short-period planets. The rule (``adapted(_:first:cadence:shortestDuration:)``):
///
/// 1. After the default detrending, compare the robust scatter of the flattened flux with the
///    point-to-point (white) scatter. At most 1.5 times it, or an excess (the two subtracted in
///    quadrature) under 1,000 ppm: keep the default (cost: two robust scatters). The absolute floor
///    leaves alone stars whose leftover is small against the planets searched (K2's thruster
///    sawtooth: 3.4 times white, but 200 ppm).
/// 2. Otherwise shorten the window to wotan's rule of thumb for the shortest durations the star
///    leaves searchable, `max(0.25 d, 10 cadences, 3 × shortest duration)`, and search only durations
///    up to a third of it; apply the biweight again to the flattened flux (at most three passes in
///    all) while the ratio stays above 1.2. Each pass of a sine of period `P` leaves
///    `1 − sinc(π w / P)` of it (0.2 for w = 0.25 d, P = 0.7 d), so passes shrink the residual
///    geometrically.
/// 3. Keep the shorter window only when it lowers the ratio by at least 1.5 (pulsations faster than
///    any window stay, and the default is kept).
///
/// Every later re-detrending (with found transits masked, so they are not eaten) uses the same
/// window and passes.
struct AdaptiveDetrending: Sendable {
    /// The detrender of each pass.
    var detrender: Detrender
    /// Passes of it (each on the previous pass's flattened flux).
    var passes: Int = 1

    /// Detrends `lightCurve` with `passes` passes; `mask` marks points left out of every trend fit.
    func detrend(_ lightCurve: LightCurve, mask: [Bool]? = nil) -> DetrendedLightCurve {
        var result = detrender.detrend(lightCurve, mask: mask)
        guard passes > 1 else { return result }
        for _ in 1..<passes {
            var again = result.flattened
            let finite = again.indices.filter { again.flux[$0].isFinite }
            guard finite.count >= 10 else { break }
            again = again.selecting(finite)
            let next = detrender.detrend(again, mask: mask.map { m in finite.map { m[$0] } })
            for (k, i) in finite.enumerated() {
                result.trend[i] *= next.trend[k]
                result.flattened.flux[i] = next.flattened.flux[k]
                result.flattened.fluxError[i] = next.flattened.fluxError[k]
            }
        }
        return result
    }

    /// The robust scatter of `flattened` over its point-to-point scatter (1 for white noise).
    static func redRatio(_ flattened: [Double]) -> Double {
        let finite = flattened.filter(\.isFinite)
        guard finite.count >= 20 else { return 1 }
        let white = RobustStatistics.standardDeviation(zip(finite.dropFirst(), finite).map { $0 - $1 }) / 2.0.squareRoot()
        let total = RobustStatistics.standardDeviation(finite)
        return white > 0 ? total / white : 1
    }

    /// A shorter, iterated biweight for a star that varies faster than the default window follows, with
    /// its first detrending and window; nil when the default suffices or the shorter one does not help.
    static func adapted(_ lightCurve: LightCurve, first: DetrendedLightCurve, cadence: Double, shortestDuration: Double)
        -> (AdaptiveDetrending, DetrendedLightCurve, window: Double)?
    {
        let before = redRatio(first.flattened.flux)
        let scatter = RobustStatistics.standardDeviation(first.flattened.flux.filter(\.isFinite))
        let excess = scatter * (1 - 1 / (before * before)).squareRoot()
        guard before > 1.5, excess > 1e-3 else { return nil }
        let window = max(0.25, 10 * cadence, 3 * shortestDuration)
        var adaptive = AdaptiveDetrending(detrender: .biweight(windowDays: window), passes: 1)
        var result = adaptive.detrend(lightCurve)
        var ratio = redRatio(result.flattened.flux)
        while ratio > 1.2 && adaptive.passes < 3 {
            adaptive.passes += 1
            result = adaptive.detrend(lightCurve)
            ratio = redRatio(result.flattened.flux)
        }
        guard ratio * 1.5 <= before else { return nil }
        return (adaptive, result, window)
    }
}

extension Detrender {
    /// The longest transit duration this detrending keeps: a third of a biweight window (wotan's
    /// rule of thumb), 0.3 d for the spline, any for none.
    var longestKeptDuration: Double {
        switch self {
        case let .biweight(window): window / 3
        case .spline: 0.3
        case .none: .infinity
        }
    }
}
