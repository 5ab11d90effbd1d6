import ExoBasics
import Foundation

/// Which periods a light curve's coverage rules out for a transit seen at a known time: a period is
/// excluded when another of its transits would fall where the light curve has data (at least
/// half of the cadences of half the duration around the predicted time).
struct PeriodCoverage {
    /// Ascending times of every cadence with data, days.
    let time: [Double]
    let cadence: Double

    /// Whether the light curve has data around `t` for a transit of `duration`.
    func isCovered(_ t: Double, duration: Double) -> Bool {
        let half = duration / 4
        let expected = max(2 * half / cadence, 1)
        return Double(time.firstIndex(notBelow: t + half) - time.firstIndex(notBelow: t - half)) >= max(1, 0.5 * expected)
    }

    /// Whether period `p` with a transit at `epoch` puts a transit, other than those at `seen`,
    /// where there is data.
    func excludes(period p: Double, epoch: Double, duration: Double, seen: [Double] = []) -> Bool {
        guard let first = time.first, let last = time.last, p > 0 else { return false }
        for t in Ephemeris(period: p, epoch: epoch, duration: duration).transitTimes(from: first - duration, to: last + duration) {
            if abs(t - epoch) < duration || seen.contains(where: { abs($0 - t) < duration }) { continue }
            if isCovered(t, duration: duration) { return true }
        }
        return false
    }

    /// The shortest period not excluded for a lone transit at `epoch`: periods are tried upwards from
    /// twice the duration in steps that move the farthest predicted transit by a quarter duration; at
    /// the distance to the farther end of the data no second transit can be in it.
    func lowerLimit(epoch: Double, duration: Double) -> Double {
        guard let first = time.first, let last = time.last else { return duration }
        let end = max(epoch - first, last - epoch)
        let span = max(last - first, duration)
        var p = max(2 * duration, 0.1)
        while p < end {
            if !excludes(period: p, epoch: epoch, duration: duration) { return p }
            p *= 1 + duration / (4 * span)
        }
        return max(end, p)
    }

    /// The periods `Δt/n` of two transits at `first` and `second` that put no other transit where
    /// there is data, ascending; `n` runs while the period is at least `minimum` (at most 2,000 values).
    func aliases(first: Double, second: Double, duration: Double, minimum: Double) -> [Double] {
        let gap = abs(second - first)
        guard gap > duration else { return [] }
        var periods: [Double] = []
        var n = 1
        while n <= 2000, gap / Double(n) >= max(minimum, 2 * duration) {
            let p = gap / Double(n)
            if !excludes(period: p, epoch: min(first, second), duration: duration, seen: [first, second]) {
                periods.append(p)
            }
            n += 1
        }
        return periods.sorted()
    }
}
