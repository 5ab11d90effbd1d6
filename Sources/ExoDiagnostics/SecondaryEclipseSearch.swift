import ExoBasics
import ExoLightCurve

/// A box search for the deepest dip of the folded light curve away from the transit: where a
/// secondary eclipse would be.
public enum SecondaryEclipseSearch {
    /// The strongest secondary-eclipse candidate.
    public struct Result: Codable, Equatable, Sendable {
        /// Phase of the dip centre, days from the transit, in [-period/2, period/2).
        public var phase: Double
        /// Depth of the box: median flux outside minus mean flux inside (relative flux units).
        public var depth: Double
        /// Points inside the box.
        public var pointCount: Int
    }

    /// Slides a box one `duration` wide in steps of a quarter duration over the phases more than
    /// `exclusion` durations from the transit, and returns the position of the lowest mean flux.
    ///
    /// Returns nil when no box position holds at least 3 points. For periods so short that the
    /// exclusion covers the whole orbit, returns the phase opposite the transit.
    public static func strongest(in folded: FoldedLightCurve, duration: Double, exclusion: Double = 1.5) -> Result? {
        let period = folded.period
        let phase = folded.phase, flux = folded.flux
        guard phase.count >= 3, duration > 0 else { return nil }
        let baseline = RobustStatistics.median(flux)
        let n = phase.count
        // Prefix sums over the points sorted by phase, extended by one period to wrap around.
        var prefix = [Double](repeating: 0, count: 2 * n + 1)
        for i in 0..<(2 * n) { prefix[i + 1] = prefix[i] + flux[i % n] }
        func index(_ x: Double) -> Int {
            // First index into the doubled sequence whose phase is >= x (x in [-P/2, 3P/2)).
            let (wrapped, offset) = x >= period / 2 ? (x - period, n) : (x, 0)
            var lo = 0, hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                if phase[mid] < wrapped { lo = mid + 1 } else { hi = mid }
            }
            return lo + offset
        }
        let limit = exclusion * duration + duration / 2
        guard period / 2 - limit > 0 else {
            return Result(phase: -period / 2, depth: 0, pointCount: 0)
        }
        var best: Result?
        var bestMean = Double.infinity
        var center = limit
        let step = duration / 4
        while center <= period - limit {
            let lo = index(center - duration / 2), hi = index(center + duration / 2)
            if hi - lo >= 3 {
                let mean = (prefix[hi] - prefix[lo]) / Double(hi - lo)
                if mean < bestMean {
                    bestMean = mean
                    let wrapped = center >= period / 2 ? center - period : center
                    best = Result(phase: wrapped, depth: baseline - mean, pointCount: hi - lo)
                }
            }
            center += step
        }
        return best
    }
}
