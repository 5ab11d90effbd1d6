import ExoBasics
import ExoDetrend
import Foundation

/// Computes ``TransitDiagnostics`` and flags for one signal on a flattened light curve.
public struct TransitDiagnoser: Sendable {
    let time: [Double]
    let flux: [Double]
    /// Robust point scatter of the flattened flux.
    let sigma: Double
    /// The limits that name the shape.
    let thresholds: DiagnosticThresholds
    /// Where the observations start or stop (``dataEdges(time:)`` of the light curve before any
    /// masking); none by default, and then no transit is at an edge.
    let dataEdges: [Double]

    /// A diagnoser of the flattened light curve `time`, `flux` (about 1.0) whose point scatter is `sigma`;
    /// `dataEdges` are where the observations start and stop (``dataEdges(time:)``).
    public init(time: [Double], flux: [Double], sigma: Double, thresholds: DiagnosticThresholds = DiagnosticThresholds(),
                dataEdges: [Double] = []) {
        self.time = time
        self.flux = flux
        self.sigma = sigma
        self.thresholds = thresholds
        self.dataEdges = dataEdges
    }

    /// Mean flux and count of the points where `include` holds.
    func mean(_ include: (Int) -> Bool) -> (Double, Int) {
        var sum = 0.0, n = 0
        for i in time.indices where include(i) {
            sum += flux[i]
            n += 1
        }
        return (n > 0 ? sum / Double(n) : .nan, n)
    }

    /// The diagnostics of the transits of `ephemeris` for a star of `stellarDensity` (solar units).
    /// Flags are raised from them by ``DiagnosticThresholds/flags(for:)``.
    public func diagnose(_ ephemeris: Ephemeris, stellarDensity: Double) -> TransitDiagnostics {
        let p = ephemeris.period, duration = ephemeris.duration
        let (offset, number, baseline, redNoise) = reference(ephemeris)
        let half = duration / 2
        let noise = sigma * redNoise
        func depthAndError(_ include: (Int) -> Bool) -> (Double, Double)? {
            let (m, n) = mean(include)
            guard n > 0 else { return nil }
            return (baseline - m, noise / Double(n).squareRoot())
        }

        // In-transit sums of (baseline − flux) and point counts, transit by transit.
        var perTransit: [Int: (sum: Double, count: Int)] = [:]
        for i in time.indices where abs(offset[i]) < half {
            perTransit[number[i], default: (0, 0)].sum += baseline - flux[i]
            perTransit[number[i], default: (0, 0)].count += 1
        }
        // In transit order, so that sums over them do not depend on the dictionary's hashing.
        let transitsInOrder = perTransit.sorted { $0.key < $1.key }

        // Odd / even: the mean depth of all in-transit points of each parity. Its error is the larger
        // of the noise per point over √points and, with three or more transits of that parity, the
        // scatter of their depths over √transits, so that one disturbed transit (Kepler-10 b's 15th,
        // 672 ppm against ~150) does not pass for an odd/even difference.
        func parityDepth(odd: Bool) -> (Double, Double)? {
            let transits = transitsInOrder.filter { ($0.key & 1 == 1) == odd }.map(\.value)
            let points = transits.reduce(0) { $0 + $1.count }
            guard points > 0 else { return nil }
            var error = noise / Double(points).squareRoot()
            if transits.count >= 3 {
                let depths = transits.map { $0.sum / Double($0.count) }
                let average = depths.reduce(0, +) / Double(depths.count)
                let variance = depths.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(depths.count - 1)
                error = max(error, (variance / Double(depths.count)).squareRoot())
            }
            return (transits.reduce(0) { $0 + $1.sum } / Double(points), error)
        }
        var oddEven = TransitDiagnostics.OddEven()
        let odd = parityDepth(odd: true)
        let even = parityDepth(odd: false)
        oddEven.oddDepth = odd?.0
        oddEven.oddDepthError = odd?.1
        oddEven.evenDepth = even?.0
        oddEven.evenDepthError = even?.1
        if let odd, let even { oddEven.sigma = abs(odd.0 - even.0) / (odd.1 * odd.1 + even.1 * even.1).squareRoot() }

        let secondary = secondaryEclipse(offset: offset, period: p, duration: duration, baseline: baseline, noise: noise)

        // Shape: outer half of the box against the inner half.
        var shape = TransitDiagnostics.Shape(kind: .unknown, ratio: nil)
        if let inner = depthAndError({ abs(offset[$0]) < half / 2 }),
           let outer = depthAndError({ abs(offset[$0]) >= half / 2 && abs(offset[$0]) < half }), inner.0 > 0 {
            shape.ratio = outer.0 / inner.0
            if inner.0 / inner.1 >= thresholds.shapeSignificance {
                shape.kind = (shape.vShapeIndex ?? 0) >= thresholds.vShape ? .v : .u
            }
        }

        let consistency = depthConsistency(offset: offset, half: half, baseline: baseline, noise: noise)

        // Duration against a central transit around a star of the given density.
        let expected = TransitDiagnostics.DurationCheck.centralTransitDuration(period: p, stellarDensity: stellarDensity)
        let durationCheck = TransitDiagnostics.DurationCheck(expected: expected, ratio: duration / expected,
                                                             stellarDensity: stellarDensity)

        // Single event: share of Σ depth·points from the strongest transit, and from transits at data edges.
        let contributions = transitsInOrder.map { max($0.value.sum, 0) }
        let total = contributions.reduce(0, +)
        let atEdge = transitsAtDataEdges(ephemeris, numbers: perTransit.keys)
        let edgeSum = zip(transitsInOrder, contributions).filter { atEdge.contains($0.0.key) }.reduce(0) { $0 + $1.1 }
        let interior = transitsInOrder.filter { !atEdge.contains($0.key) }.map(\.value)
        let interiorPoints = interior.reduce(0) { $0 + $1.count }
        let interiorSNR = interior.count >= thresholds.minimumTransits && interiorPoints > 0
            ? interior.reduce(0) { $0 + $1.sum } / (noise * Double(interiorPoints).squareRoot()) : 0
        let single = TransitDiagnostics.SingleEvent(
            strongestTransitFraction: total > 0 ? (contributions.max() ?? 0) / total : nil,
            transitsWithData: perTransit.count, edgeTransitFraction: total > 0 ? edgeSum / total : nil,
            interiorSNR: interiorSNR)

        return TransitDiagnostics(oddEven: oddEven, secondary: secondary, shape: shape,
                                  depthConsistency: consistency, durationCheck: durationCheck,
                                  singleEvent: single, redNoiseFactor: redNoise)
    }

    /// The numbers of the transits (with data) at an edge of the data: an edge within
    /// `1.5 − ``DiagnosticThresholds/minimumFlankCoverage``` durations of the mid-time (0.9 by default), so
    /// that a flank one duration wide on that side holds less than that share of its cadences.
    func transitsAtDataEdges(_ ephemeris: Ephemeris, numbers: some Sequence<Int>) -> Set<Int> {
        let reach = (1.5 - thresholds.minimumFlankCoverage) * ephemeris.duration
        return Set(numbers.filter { n in
            let mid = ephemeris.epoch + Double(n) * ephemeris.period
            return dataEdges.contains { abs($0 - mid) < reach }
        })
    }

    /// Where observations start or stop: the first and last time of every stretch between gaps of at
    /// least half a day (the start, the end, downlinks, orbit gaps), in `time`'s order.
    public static func dataEdges(time: [Double]) -> [Double] {
        GapSplitter.segments(time: time, maxGapDays: 0.5).flatMap { [time[$0.lowerBound], time[$0.upperBound - 1]] }
    }

    /// Each point's time from its nearest transit and that transit's number, the out-of-transit mean flux
    /// (points more than one duration from a transit) and the red-noise factor.
    func reference(_ ephemeris: Ephemeris) -> (offset: [Double], number: [Int], baseline: Double, redNoise: Double) {
        let offset = time.map(ephemeris.timeFromTransit)
        let number = time.map(ephemeris.transitNumber)
        let (baseline, _) = mean { abs(offset[$0]) > ephemeris.duration }
        return (offset, number, baseline, redNoiseFactor(offset: offset, duration: ephemeris.duration, baseline: baseline))
    }

    /// Every transit of `ephemeris` whose mid-time lies within half a duration of the data's time span, in
    /// time order, with its own depth (errors from the point scatter times the red-noise factor).
    public func transits(_ ephemeris: Ephemeris) -> [TransitMeasurement] {
        guard let start = time.first, let end = time.last, ephemeris.period > 0 else { return [] }
        let (offset, number, baseline, redNoise) = reference(ephemeris)
        let noise = sigma * redNoise
        var sums: [Int: (sum: Double, count: Int)] = [:]
        for i in time.indices where abs(offset[i]) < ephemeris.duration / 2 {
            sums[number[i], default: (0, 0)].sum += baseline - flux[i]
            sums[number[i], default: (0, 0)].count += 1
        }
        let half = ephemeris.duration / 2
        return ephemeris.transitTimes(from: start - half, to: end + half).map { mid in
            guard let entry = sums[ephemeris.transitNumber(at: mid)], entry.count > 0 else {
                return TransitMeasurement(epoch: mid, depth: nil, depthError: nil, points: 0)
            }
            return TransitMeasurement(epoch: mid, depth: entry.sum / Double(entry.count),
                                      depthError: noise / Double(entry.count).squareRoot(), points: entry.count)
        }
    }

    /// How much more the out-of-transit flux scatters on the time scale of a transit than white
    /// noise of the point scatter would (β ≥ 1, the time-averaging method of Pont, Zucker & Queloz
    /// 2006): the residuals are averaged in consecutive bins one duration long, each bin mean is
    /// scaled by `√n / sigma` (unit spread for white noise), and β is the robust spread of those
    /// (1.4826 MAD), or 1 when fewer than 10 bins hold three points. Every depth error of the
    /// diagnostics is multiplied by it, so that correlated noise does not pass for an odd/even
    /// difference or a secondary eclipse.
    func redNoiseFactor(offset: [Double], duration: Double, baseline: Double) -> Double {
        var normalisedMeans: [Double] = []
        var start = 0
        while start < time.count {
            var end = start, sum = 0.0, n = 0
            while end < time.count && time[end] < time[start] + duration {
                if abs(offset[end]) > duration {
                    sum += flux[end] - baseline
                    n += 1
                }
                end += 1
            }
            if n >= 3 { normalisedMeans.append(sum / Double(n).squareRoot() / sigma) }
            start = end
        }
        guard normalisedMeans.count >= 10 else { return 1 }
        return max(1, RobustStatistics.standardDeviation(normalisedMeans))
    }

    /// The most significant box of the signal's duration at phases at least one duration away
    /// from the transit, from phase bins a quarter duration wide; errors from `noise` per point.
    func secondaryEclipse(offset: [Double], period p: Double, duration: Double, baseline: Double, noise: Double)
        -> TransitDiagnostics.SecondaryEclipse
    {
        var result = TransitDiagnostics.SecondaryEclipse()
        let binsPerDuration = 4
        let binWidth = duration / Double(binsPerDuration)
        let bins = Int((p / binWidth).rounded(.down))
        guard bins > 3 * binsPerDuration else { return result }
        var sums = [Double](repeating: 0, count: bins), counts = [Int](repeating: 0, count: bins)
        for i in time.indices {
            var phaseTime = offset[i]
            if phaseTime < 0 { phaseTime += p }
            let b = min(Int(phaseTime / p * Double(bins)), bins - 1)
            sums[b] += flux[i]
            counts[b] += 1
        }
        var bestSignificance = -Double.infinity
        for start in 0..<bins {
            let centre = (Double(start) + Double(binsPerDuration) / 2) / Double(bins)  // phase
            guard centre * p >= duration * 1.0 + duration / 2, (1 - centre) * p >= duration * 1.0 + duration / 2 else { continue }
            var sum = 0.0, n = 0
            for k in 0..<binsPerDuration {
                let b = (start + k) % bins
                sum += sums[b]
                n += counts[b]
            }
            guard n >= 3 else { continue }
            let depth = baseline - sum / Double(n)
            let error = noise / Double(n).squareRoot()
            let significance = depth / error
            if significance > bestSignificance {
                bestSignificance = significance
                result = .init(depth: depth, depthError: error, phase: centre, significance: significance)
            }
        }
        return result
    }

    /// Depth in each segment (gaps over 0.5 d) that holds in-transit points, and their χ²; errors
    /// from `noise` per point.
    func depthConsistency(offset: [Double], half: Double, baseline: Double, noise: Double)
        -> TransitDiagnostics.DepthConsistency
    {
        var depths: [Double] = [], errors: [Double] = []
        for segment in GapSplitter.segments(time: time, maxGapDays: 0.5) {
            var inSum = 0.0, inCount = 0, outSum = 0.0, outCount = 0
            for i in segment {
                if abs(offset[i]) < half {
                    inSum += flux[i]
                    inCount += 1
                } else if abs(offset[i]) > 2 * half {
                    outSum += flux[i]
                    outCount += 1
                }
            }
            guard inCount >= 3, outCount >= 3 else { continue }
            depths.append(outSum / Double(outCount) - inSum / Double(inCount))
            errors.append(noise * (1 / Double(inCount) + 1 / Double(outCount)).squareRoot())
        }
        var result = TransitDiagnostics.DepthConsistency(segmentDepths: depths, segmentDepthErrors: errors,
                                                         chi2: nil, degreesOfFreedom: max(depths.count - 1, 0),
                                                         significance: nil)
        guard depths.count >= 2 else { return result }
        let weights = errors.map { 1 / ($0 * $0) }
        let mean = zip(depths, weights).map(*).reduce(0, +) / weights.reduce(0, +)
        let chi2 = zip(depths, weights).map { ($0 - mean) * ($0 - mean) * $1 }.reduce(0, +)
        let dof = Double(depths.count - 1)
        result.chi2 = chi2
        let a = 2 / (9 * dof)
        result.significance = (pow(chi2 / dof, 1.0 / 3) - (1 - a)) / a.squareRoot()
        return result
    }
}
