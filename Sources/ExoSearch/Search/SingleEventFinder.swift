/// Finds the most significant single box-shaped dip in a flattened light curve (a lone transit of
/// a long-period body, or a deep instrumental dip) by sliding each trial duration over the time axis.
struct SingleEventFinder {
    /// The strongest dip: its centre, duration and significance `(1 − mean) / (σ / √n)`.
    struct Event {
        var time: Double
        var duration: Double
        var significance: Double
    }

    /// Scans `time` (ascending) and `flux` (about 1.0, scatter `sigma`) with boxes of `durations`.
    func strongest(time: [Double], flux: [Double], sigma: Double, durations: [Double]) -> Event? {
        let n = time.count
        guard n > 3, sigma > 0 else { return nil }
        var prefix = [Double](repeating: 0, count: n + 1)
        for i in 0..<n { prefix[i + 1] = prefix[i] + (1 - flux[i]) }
        var best: Event?
        for duration in durations {
            var lo = 0, hi = 0
            for i in 0..<n {
                while time[lo] < time[i] - duration / 2 { lo += 1 }
                while hi < n && time[hi] < time[i] + duration / 2 { hi += 1 }
                let count = hi - lo
                guard count >= 3 else { continue }
                let significance = (prefix[hi] - prefix[lo]) / Double(count) / (sigma / Double(count).squareRoot())
                if significance > (best?.significance ?? -.infinity) {
                    best = Event(time: time[i], duration: duration, significance: significance)
                }
            }
        }
        return best
    }
}
