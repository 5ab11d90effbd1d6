import ExoBasics
import ExoDetrend
import Foundation

/// The matched box filter of the single-transit search: slides boxes of each trial duration over a
/// flattened light curve and scores each position's depth (mean of two flanks one duration wide
/// minus the box's mean) against its correlated-noise error.
///
/// The error of a position is the white error `σ √(1/n_box + 1/n_flanks)` times β, the robust
/// spread (1.4826 MAD) of the normalised depths of all positions of that duration: for white
/// noise β ≈ 1, and red noise on the duration's time scale raises it (the time-averaging idea of
/// Pont, Zucker & Queloz 2006, measured on the filter's own output). Positions whose box or either
/// flank holds less than half the expected cadences (gaps, edges, removed flagged cadences) are
/// not scored.
struct SingleEventScan {
    /// One scored position.
    struct Peak {
        var time: Double
        var duration: Double
        var depth: Double
        var snr: Double
    }

    /// Ascending times and flattened flux (about 1.0) of the points to scan.
    let time: [Double]
    let flux: [Double]
    let sigma: Double
    let cadence: Double

    /// β per duration, and the peaks at or above `threshold`, strongest first, at most `limit`,
    /// none within the union of two boxes of a stronger one, none that `explained` accepts (a dip
    /// that a known signal's transit accounts for).
    func peaks(durations: [Double], threshold: Double, limit: Int, explained: (Peak) -> Bool = { _ in false })
        -> (beta: [Double], peaks: [Peak])
    {
        let n = time.count
        guard n > 10 else { return (durations.map { _ in 1 }, []) }
        var prefix = [Double](repeating: 0, count: n + 1)
        for i in 0..<n { prefix[i + 1] = prefix[i] + flux[i] }
        var betas: [Double] = []
        var candidates: [Peak] = []
        for d in durations {
            let expected = max(d / cadence, 1)
            let step = max(d / 5, cadence)
            var centres: [Double] = [], z: [Double] = [], depths: [Double] = []
            var c = time[0] + 1.5 * d
            var a = 0, b = 0, e = 0, f = 0  // bounds of flank 1 [a, b), box [b, e), flank 2 [e, f)
            while c <= time[n - 1] - 1.5 * d {
                while a < n && time[a] < c - 1.5 * d { a += 1 }
                while b < n && time[b] < c - d / 2 { b += 1 }
                while e < n && time[e] < c + d / 2 { e += 1 }
                while f < n && time[f] < c + 1.5 * d { f += 1 }
                let nIn = e - b, nFlank = (b - a) + (f - e)
                if nIn >= 3, Double(nIn) >= 0.5 * expected, Double(b - a) >= 0.5 * expected, Double(f - e) >= 0.5 * expected {
                    let inside = (prefix[e] - prefix[b]) / Double(nIn)
                    let outside = (prefix[b] - prefix[a] + prefix[f] - prefix[e]) / Double(nFlank)
                    let error = sigma * (1 / Double(nIn) + 1 / Double(nFlank)).squareRoot()
                    centres.append(c)
                    depths.append(outside - inside)
                    z.append((outside - inside) / error)
                }
                c += step
            }
            guard z.count >= 10 else { betas.append(1); continue }
            let centre = RobustStatistics.median(z)
            let beta = max(1, 1.4826 * RobustStatistics.median(z.map { abs($0 - centre) }))
            betas.append(beta)
            for (i, value) in z.enumerated() where (value - centre) / beta >= threshold {
                let peak = Peak(time: centres[i], duration: d, depth: depths[i], snr: (value - centre) / beta)
                if !explained(peak) { candidates.append(peak) }
            }
        }
        return (betas, Self.strongest(candidates, limit: limit))
    }

    /// The strongest of `candidates`, at most `limit`, none within the union of two boxes of a stronger one.
    static func strongest(_ candidates: [Peak], limit: Int) -> [Peak] {
        var chosen: [Peak] = []
        for peak in candidates.sorted(by: { $0.snr > $1.snr }) where chosen.count < limit {
            if chosen.contains(where: { abs($0.time - peak.time) < $0.duration + peak.duration }) { continue }
            chosen.append(peak)
        }
        return chosen
    }
}
