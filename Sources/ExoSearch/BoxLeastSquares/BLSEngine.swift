import ExoBasics
import ExoLightCurve
import Foundation

/// The prepared arrays of one box least-squares run, shared read-only by the worker threads.
final class BLSEngine: @unchecked Sendable {
    /// Times relative to the first (sorted), with one `+∞` sentinel at the end.
    let x: [Double]
    /// `((flux − median) · ivar, ivar)` pairs, per point.
    let fluxWeight: [SIMD2<Double>]
    /// Prefix sums of the ``fluxWeight`` pairs (N + 1 values).
    let prefixFluxWeight: [SIMD2<Double>]
    /// `cellStart[m]`: first point with `Int(x * inverseCellWidth) >= m`; the last cell starts at N.
    let cellStart: [Int32]
    /// `x[cellStart[m]]` (`+∞` for the last cell), so a lookup compares without reading `x`.
    let cellTime: [Double]
    /// `prefixFluxWeight[cellStart[m]]`: the sums before cell `m`'s first point.
    let cellPrefix: [SIMD2<Double>]
    let inverseCellWidth: Double
    /// True when no cell holds two points, so that one comparison after the cell lookup finds the
    /// first point at or after a time (see ``BLSCells/firstPoint(notBefore:exact:)``).
    let cellsHoldOnePoint: Bool
    let sumFlux: Double
    let sumWeight: Double
    let timeReference: Double
    let binDuration: Double
    let oversample: Int
    /// Each duration in whole bins, astropy's `round(duration / bin_duration)`.
    let durationBins: [Int]
    let maxBins: Int
    /// Durations longer than this fraction of the period are skipped (∞: none skipped).
    let maximumDutyCycle: Double
    /// True to bin through prefix sums at bin edges; false to bin point by point.
    let binsByEdges: Bool
    var count: Int { fluxWeight.count }

    init(time: [Double], flux: [Double], inverseVariance: [Double], durations: [Double],
         oversample: Int, maxPeriod: Double, binning: BLSBinning? = nil, maximumDutyCycle: Double? = nil) {
        self.maximumDutyCycle = maximumDutyCycle ?? .infinity
        let n = time.count
        let t0 = time[0]
        let med = RobustStatistics.median(flux)
        x = time.map { $0 - t0 } + [.infinity]
        let yw = (0..<n).map { (flux[$0] - med) * inverseVariance[$0] }
        fluxWeight = (0..<n).map { [yw[$0], inverseVariance[$0]] }
        var prefix = [SIMD2<Double>](repeating: .zero, count: n + 1)
        var sy = 0.0, sw = 0.0
        for i in 0..<n {
            sy += yw[i]
            sw += inverseVariance[i]
            prefix[i + 1] = [sy, sw]
        }
        prefixFluxWeight = prefix
        sumFlux = sy
        sumWeight = sw
        timeReference = t0
        let minDuration = durations.min() ?? 1
        binDuration = minDuration / Double(oversample)
        self.oversample = oversample
        durationBins = durations.map { Int(($0 / (minDuration / Double(oversample))).rounded()) }
        maxBins = Int((maxPeriod / binDuration).rounded(.up)) + oversample
        let span = x[n - 1]
        let edges = span / binDuration
        binsByEdges = binning.map { $0 == .edges } ?? (Double(n) > 1.2 * edges)
        // Cells a little narrower than the closest two points (so each holds at most one), unless
        // that would take more than four cells per point; then a cell may hold several.
        var closest = Double.infinity
        for i in 1..<n where x[i] > x[i - 1] { closest = min(closest, x[i] - x[i - 1]) }
        let cellWidth = max(0.999 * closest, span / Double(4 * n), 1e-9)
        inverseCellWidth = 1 / cellWidth
        let cells = Int(span * inverseCellWidth) + 2
        var starts = [Int32](repeating: Int32(n), count: cells + 1)
        var j = 0
        var crowded = false
        for m in 0...cells {
            while j < n && Int(x[j] * inverseCellWidth) < m { j += 1 }
            starts[m] = Int32(j)
            if m > 0 && starts[m] - starts[m - 1] > 1 { crowded = true }
        }
        cellStart = starts
        let times = x
        cellTime = starts.map { times[Int($0)] }
        cellPrefix = starts.map { prefix[Int($0)] }
        cellsHoldOnePoint = !crowded
    }

    /// Runs every period, sharing the groups of periods (``groups(periods:algorithm:)``) among
    /// `threads` workers in interleaved order.
    func run(periods: [Double], objective: BLSObjective, threads: Int, algorithm: BLSAlgorithm = .exact) -> BLSPeriodogram {
        let p = periods.count
        var output = BLSPeriodogram(
            objective: objective, periods: periods,
            power: .init(repeating: -.infinity, count: p), depth: .init(repeating: .nan, count: p),
            depthError: .init(repeating: .nan, count: p), duration: .init(repeating: .nan, count: p),
            transitTime: .init(repeating: .nan, count: p), depthSNR: .init(repeating: .nan, count: p),
            logLikelihood: .init(repeating: .nan, count: p)
        )
        // Exact groups are cut into chunks of 32 periods so that threads share long grids evenly.
        var tasks: [BLSPeriodGroup] = []
        for group in groups(periods: periods, algorithm: algorithm) {
            if group.folds {
                tasks.append(group)
            } else {
                for start in stride(from: 0, to: group.indices.count, by: 32) {
                    tasks.append(BLSPeriodGroup(bins: group.bins, indices: Array(group.indices[start..<min(start + 32, group.indices.count)]), folds: false))
                }
            }
        }
        // One resampled series per folded bin width; power-of-two row counts reach at most twice
        // the samples (plus one row).
        var widestFold: [Int: Int] = [:]
        for task in tasks where task.folds { widestFold[task.binFactor] = max(widestFold[task.binFactor] ?? 0, task.bins) }
        var series: [Int: [SIMD2<Double>]] = [:]
        for (factor, widest) in widestFold {
            series[factor] = resampled(factor: factor, padding: resampledCount(factor: factor) + 2 * widest + 8)
        }
        let foldSize = series.values.map { $0.count }.max() ?? 0
        let workers = max(1, min(threads, tasks.count))
        let results = UnsafeMutableBufferPointer<BLSBox>.allocate(capacity: p)
        defer { results.deallocate() }
        let resultsBase = results.baseAddress!
        let work = { [self, series] (worker: Int) in
            let scratchFlux = UnsafeMutableBufferPointer<Double>.allocate(capacity: maxBins + 8)
            let scratchWeight = UnsafeMutableBufferPointer<Double>.allocate(capacity: maxBins + 8)
            let scratchBins = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: maxBins + 8)
            let folded = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: foldSize)
            let foldScratch = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: foldSize)
            defer {
                scratchFlux.deallocate(); scratchWeight.deallocate(); scratchBins.deallocate()
                folded.deallocate(); foldScratch.deallocate()
            }
            var t = worker
            while t < tasks.count {
                let task = tasks[t]
                if task.folds, let resampled = series[task.binFactor] {
                    resampled.withUnsafeBufferPointer { seriesBuffer in
                        foldedBoxes(group: task, periods: periods, objective: objective, series: seriesBuffer.baseAddress!,
                                    folded: folded, scratch: foldScratch, cumFlux: scratchFlux.baseAddress!,
                                    cumWeight: scratchWeight.baseAddress!, results: resultsBase)
                    }
                } else {
                    for i in task.indices {
                        (resultsBase + i).initialize(to: bestBox(
                            period: periods[i], objective: objective, bins: scratchBins,
                            cumFlux: scratchFlux.baseAddress!, cumWeight: scratchWeight.baseAddress!))
                    }
                }
                t += workers
            }
        }
        if workers <= 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        // `fast` screened its periods: scaled to the exact level, highest peaks recomputed exactly.
        var binFactor = [Int](repeating: 0, count: p)  // 0: binned exactly
        for task in tasks where task.folds { for i in task.indices { binFactor[i] = task.binFactor } }
        if algorithm == .fast && binFactor.contains(where: { $0 > 0 }) {
            completeScreen(periods: periods, objective: objective, binFactor: binFactor, results: resultsBase)
        }
        for i in 0..<p {
            let box = results[i]
            guard box.objective > -.infinity else { continue }
            output.power[i] = box.objective
            output.depth[i] = box.depth
            output.depthError[i] = box.depthError
            output.duration[i] = Double(box.durationBins) * binDuration
            let phase = fmod(Double(box.startBin) * binDuration + 0.5 * output.duration[i], periods[i])
            output.transitTime[i] = phase + timeReference
            output.depthSNR[i] = box.depth / box.depthError
            output.logLikelihood[i] = 0.5 * box.inWeight * box.depth * box.depth
        }
        return output
    }
}

/// How a run bins the phase: point by point (astropy's way) or from prefix sums at bin edges.
enum BLSBinning {
    case points
    case edges
}

/// The best box at one period.
struct BLSBox {
    var objective: Double = -.infinity
    var depth: Double = .nan
    var depthError: Double = .nan
    var inWeight: Double = .nan
    var startBin: Int = 0
    var durationBins: Int = 0
}
