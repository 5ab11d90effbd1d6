import ExoBasics
import Foundation

/// Trial periods with the same whole number of phase bins of the same width, run together by one
/// fast-folding transform or one by one by the exact binning.
struct BLSPeriodGroup {
    /// `Int(period / (binFactor · binDuration))` of every period in the group.
    var bins: Int
    /// The group's phase bin in the exact engine's bins (1: the exact engine's resolution).
    var binFactor: Int = 1
    /// Indices into the periods of the run.
    var indices: [Int]
    /// True to fold the group with ``FastFolding``.
    var folds: Bool
}

extension BLSEngine {
    /// The most evenly resampled values a fast-folding run may hold (2 GiB of pairs); beyond it the
    /// exact binning runs (only a damaged time column gets there).
    static let maximumResampledCount = 1 << 27

    /// The screened periods whose power is computed again by the exact binning: this many with the
    /// highest power and as many with the highest power above its running median (the SDE's peaks),
    /// each with its neighbours on the grid.
    static let exactPeakCount = 16

    /// Number of samples of the evenly resampled series with phase bins of `factor` exact bins.
    func resampledCount(factor: Int = 1) -> Int { Int(x[count - 1] / (Double(factor) * binDuration)) + 1 }

    /// The width of `fast`'s folded phase bins at each period, in exact bins: the phase step to the
    /// nearer neighbouring trial period (`baseline · Δperiod / period`, how far a transit drifts over
    /// the baseline from one to the other), at most the longest duration, at least 1.
    ///
    /// A transit whose period lies between two trial periods drifts over the baseline by up to half a
    /// step at the nearer one, so phase bins finer than the step resolve little that the period grid
    /// does not already smear; the Ofir grid's step grows as `period^(1/3)`, as transit durations do.
    func binFactors(periods: [Double]) -> [Int] {
        var factors = [Int](repeating: 1, count: periods.count)
        guard periods.count > 1 else { return factors }
        let order = periods.indices.sorted { periods[$0] < periods[$1] }
        let span = x[count - 1]
        let widest = durationBins.max() ?? 1
        for k in order.indices {
            let i = order[k]
            let below = k > 0 ? periods[i] - periods[order[k - 1]] : .infinity
            let above = k + 1 < order.count ? periods[order[k + 1]] - periods[i] : .infinity
            let phaseStep = span * min(below, above) / periods[i]
            let factor = phaseStep / binDuration
            factors[i] = factor.isFinite ? max(1, Int(min(factor, Double(widest)))) : 1
        }
        return factors
    }

    /// The periods grouped by phase-bin width (``binFactors(periods:)`` for `.fast`, the exact bins
    /// otherwise) and whole phase bins, each group set to fold or not by `algorithm`: `.fast` folds
    /// every group; `.auto` folds a group when one transform (`samples·⌈log₂ rows⌉` additions) costs
    /// less than binning its periods one by one (points, or bin edges over the baseline, per period).
    func groups(periods: [Double], algorithm: BLSAlgorithm) -> [BLSPeriodGroup] {
        guard algorithm != .exact, resampledCount() <= Self.maximumResampledCount else {
            return [BLSPeriodGroup(bins: 0, indices: Array(periods.indices), folds: false)]
        }
        let factors = algorithm == .fast ? binFactors(periods: periods) : [Int](repeating: 1, count: periods.count)
        var byBins: [SIMD2<Int>: [Int]] = [:]
        for i in periods.indices {
            byBins[[factors[i], Int(periods[i] / (Double(factors[i]) * binDuration))], default: []].append(i)
        }
        let samples = resampledCount()
        let perPeriodBinning = binsByEdges ? 1.3 * Double(samples) : Double(count)
        let keys = byBins.keys.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        return keys.map { key in
            let indices = byBins[key] ?? []
            let folds: Bool
            if algorithm == .fast {
                folds = true
            } else {
                let rows = Self.foldingRows(samples: samples, cols: key.y)
                let transform = Double(rows * key.y) * max(1, log2(Double(rows)))
                folds = transform < Double(indices.count) * perPeriodBinning
            }
            return BLSPeriodGroup(bins: key.y, binFactor: key.x, indices: indices, folds: folds)
        }
    }

    /// Rows of a fold of `samples` samples `cols` at a time: enough to hold them all, rounded up to a
    /// power of two (the transform's shifts are then within one sample of the drift; with other row
    /// counts the rounding of the halves' drifts adds up).
    static func foldingRows(samples: Int, cols: Int) -> Int {
        let rows = (samples + cols - 1) / cols
        return rows <= 1 ? 1 : 1 << (Int.bitWidth - (rows - 1).leadingZeroBitCount)
    }

    /// The (flux·weight, weight) sums of the points in each time step of `factor` phase bins from the
    /// first point, followed by `padding` zero pairs (so that every row of a fold lies within it).
    func resampled(factor: Int, padding: Int) -> [SIMD2<Double>] {
        var series = [SIMD2<Double>](repeating: .zero, count: resampledCount(factor: factor) + padding)
        let inverse = 1 / (Double(factor) * binDuration)
        for i in 0..<count { series[Int(x[i] * inverse)] += fluxWeight[i] }
        return series
    }

    /// The padding the cyclic phase needs at bins of `factor` exact bins: `oversample` bins at the
    /// exact resolution (as astropy pads), else the longest duration in those bins.
    func foldedPadding(factor: Int) -> Int {
        factor == 1 ? oversample : foldedWidth(durationBins.max() ?? 1, factor: factor)
    }

    /// A duration of `bins` exact bins in phase bins of `factor` exact bins: rounded, at least one.
    @inline(__always)
    func foldedWidth(_ bins: Int, factor: Int) -> Int {
        factor == 1 ? bins : max(1, Int((Double(bins) / Double(factor)).rounded()))
    }

    /// The best box at each period of `group`, on `series` resampled with the group's bin factor and
    /// folded either by one fast-folding transform (each period takes the folded row nearest to it,
    /// within half a sample of drift over the baseline) or, where that costs less, one period at a
    /// time (each cycle's samples added to the phase bins from the cycle's first sample on). The
    /// phase bins are padded cyclically and scanned as ``bestBox(period:objective:bins:cumFlux:cumWeight:)``
    /// does, every duration in whole folded bins (the exact engine's duty-cycle rule); boxes come back
    /// in the exact engine's bins.
    ///
    /// `series`, `folded` and `scratch` hold at least `foldingRows · bins` pairs; `cumFlux` and
    /// `cumWeight` `bins` plus the padding plus two values.
    func foldedBoxes(group: BLSPeriodGroup, periods: [Double], objective: BLSObjective, series: UnsafePointer<SIMD2<Double>>,
                     folded: UnsafeMutablePointer<SIMD2<Double>>, scratch: UnsafeMutablePointer<SIMD2<Double>>,
                     cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>,
                     results: UnsafeMutablePointer<BLSBox>) {
        let factor = group.binFactor
        let width = Double(factor) * binDuration
        let samples = resampledCount(factor: factor)
        let rows = Self.foldingRows(samples: samples, cols: max(group.bins, 1))
        let transformCost = rows * max(group.bins, 1) * max(1, Int.bitWidth - rows.leadingZeroBitCount - 1)
        let direct = factor > 1 && group.indices.count * samples < transformCost
        if !direct {
            FastFolding.transform(series, rows: rows, cols: max(group.bins, 1), output: folded, scratch: scratch)
        }
        let padding = foldedPadding(factor: factor)
        var lastRow = -1
        for i in group.indices {
            let period = periods[i]
            var cols = max(group.bins, 1)
            if direct {
                let cycle = period / width
                cols = Int(cycle) + 1
                fold(series, samples: samples, cycle: cycle, cols: cols, into: folded)
                cumulate(folded, cols: cols, nBins: cols + padding, cumFlux: cumFlux, cumWeight: cumWeight)
            } else {
                let row = FastFolding.row(forPeriod: period / width, rows: rows, cols: cols)
                if row != lastRow {
                    cumulate(folded + row * cols, cols: cols, nBins: cols + padding, cumFlux: cumFlux, cumWeight: cumWeight)
                    lastRow = row
                }
            }
            let nBins = cols + padding
            let longest = maximumDutyCycle.isFinite ? Int(maximumDutyCycle * period / binDuration) : (factor == 1 ? nBins : Int.max)
            var best = BLSBox()
            var previous = 0
            for dur in durationBins where dur <= longest {
                let w = foldedWidth(dur, factor: factor)
                guard w <= nBins, w != previous else { continue }
                scan(duration: w, nBins: nBins, objective: objective, cumFlux: cumFlux, cumWeight: cumWeight, best: &best)
                previous = w
            }
            best.startBin *= factor
            best.durationBins *= factor
            (results + i).initialize(to: best)
        }
    }

    /// `series` (`samples` values) folded at a period of `cycle` samples into `cols` phase bins: cycle
    /// `c`'s samples, from `⌈c·cycle⌉` on, added to bins 0, 1, ...
    @inline(__always)
    private func fold(_ series: UnsafePointer<SIMD2<Double>>, samples: Int, cycle: Double, cols: Int,
                      into bins: UnsafeMutablePointer<SIMD2<Double>>) {
        bins.update(repeating: .zero, count: cols)
        var start = 0, c = 1
        while start < samples {
            let end = min(Int((Double(c) * cycle).rounded(.up)), samples)
            let run = series + start
            for k in 0..<(end - start) { bins[k] += run[k] }
            start = end
            c += 1
        }
    }

    /// The cumulative sums of `cols` folded phase bins, continued cyclically to `nBins` bins.
    @inline(__always)
    private func cumulate(_ values: UnsafePointer<SIMD2<Double>>, cols: Int, nBins: Int,
                          cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>) {
        var sum = SIMD2<Double>.zero
        cumFlux[0] = 0
        cumWeight[0] = 0
        for b in 0..<cols {
            sum += values[b]
            cumFlux[b + 1] = sum.x
            cumWeight[b + 1] = sum.y
        }
        for b in (cols + 1)...nBins {
            cumFlux[b] = sum.x + cumFlux[b - cols]
            cumWeight[b] = sum.y + cumWeight[b - cols]
        }
    }

    /// Evenly spaced screened periods whose boxes are computed exactly to measure how much lower
    /// the folded powers are at each bin factor.
    static let calibrationCount = 256

    /// Completes a run whose periods with `binFactor[i] > 0` were screened by folding: the exact
    /// engine's box at ``calibrationCount`` evenly spaced screened periods; every other screened
    /// power divided by the median ratio of folded to exact power at its bin factor (so the
    /// spectrum keeps the exact engine's scale, which the SDE's threshold was calibrated on); then
    /// the exact box at the highest peaks (``peaksToRecompute(periods:power:screened:)``).
    func completeScreen(periods: [Double], objective: BLSObjective, binFactor: [Int], results: UnsafeMutablePointer<BLSBox>) {
        let scratchFlux = UnsafeMutableBufferPointer<Double>.allocate(capacity: maxBins + 8)
        let scratchWeight = UnsafeMutableBufferPointer<Double>.allocate(capacity: maxBins + 8)
        let scratchBins = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: maxBins + 8)
        defer { scratchFlux.deallocate(); scratchWeight.deallocate(); scratchBins.deallocate() }
        func exact(_ i: Int) -> BLSBox {
            bestBox(period: periods[i], objective: objective, bins: scratchBins,
                    cumFlux: scratchFlux.baseAddress!, cumWeight: scratchWeight.baseAddress!)
        }
        let order = periods.indices.sorted { periods[$0] < periods[$1] }
        let screenedOrder = order.filter { binFactor[$0] > 0 }
        var screened = binFactor.map { $0 > 0 }
        var samples: [(index: Int, screened: Double, exact: Double)] = []
        let step = max(1, screenedOrder.count / max(Self.calibrationCount, 1))
        for i in stride(from: step / 2, to: screenedOrder.count, by: step).map({ screenedOrder[$0] }) {
            let box = exact(i)
            if box.objective > 0 && results[i].objective.isFinite {
                samples.append((i, max(results[i].objective, 0), box.objective))
            }
            results[i] = box
            screened[i] = false
        }
        // Level: each bin factor's median ratio of folded to exact power.
        let pooled = RobustStatistics.median(samples.map { $0.screened / $0.exact })
        var scale: [Int: Double] = [:]
        for factor in Set(samples.map { binFactor[$0.index] }) {
            let ratios = samples.filter { binFactor[$0.index] == factor }.map { $0.screened / $0.exact }
            if ratios.count >= 8 { scale[factor] = RobustStatistics.median(ratios) }
        }
        func ratio(_ i: Int) -> Double {
            let r = scale[binFactor[i]] ?? pooled
            return r.isFinite && r > 0 ? r : 1
        }
        for i in periods.indices where screened[i] && results[i].objective > 0 { results[i].objective /= ratio(i) }
        let power = order.map { results[$0].objective.isFinite ? max(results[$0].objective, 0) : 0 }
        for i in peaksToRecompute(order: order, power: power, screened: screened) { results[i] = exact(i) }
    }

    /// The screened periods (`screened`) whose boxes are computed again by the exact binning: the
    /// ``exactPeakCount`` highest powers and as many highest above a running median (medians of
    /// blocks of 101 periods, interpolated: the SDE's detrending, coarser), each with its neighbours
    /// on the grid. `order` sorts the periods; `power` is in that order.
    func peaksToRecompute(order: [Int], power: [Double], screened: [Bool]) -> [Int] {
        let n = order.count
        let trend = Self.blockMedianTrend(power, block: 101)
        let standing = (0..<n).map { power[$0] - trend[$0] }
        var chosen = Set<Int>()
        for j in Self.highest(power, count: Self.exactPeakCount) + Self.highest(standing, count: Self.exactPeakCount) {
            for m in max(j - 1, 0)...min(j + 1, n - 1) where screened[order[m]] { chosen.insert(order[m]) }
        }
        return chosen.sorted()
    }

    /// Indices of the `count` highest values (in no particular order).
    static func highest(_ values: [Double], count: Int) -> [Int] {
        var top: [(value: Double, index: Int)] = []
        for (i, v) in values.enumerated() where count > 0 && (top.count < count || v > top[0].value) {
            if top.count == count { top.removeFirst() }
            let at = top.firstIndex { $0.value > v } ?? top.count
            top.insert((v, i), at: at)
        }
        return top.map(\.index)
    }

    /// Medians of consecutive blocks of `block` values, interpolated linearly between the blocks' centres.
    static func blockMedianTrend(_ values: [Double], block: Int) -> [Double] {
        let n = values.count
        guard n > block else { return [Double](repeating: values.sorted()[n / 2], count: n) }
        var centres: [Double] = [], medians: [Double] = []
        for start in stride(from: 0, to: n, by: block) {
            let part = values[start..<min(start + block, n)].sorted()
            centres.append(Double(start + min(start + block, n) - 1) / 2)
            medians.append(part[part.count / 2])
        }
        var trend = [Double](repeating: 0, count: n)
        var b = 0
        for i in 0..<n {
            while b + 2 < centres.count && Double(i) > centres[b + 1] { b += 1 }
            let f = min(max((Double(i) - centres[b]) / (centres[b + 1] - centres[b]), 0), 1)
            trend[i] = medians[b] + f * (medians[b + 1] - medians[b])
        }
        return trend
    }
}
