import Foundation

/// Trial periods with the same whole number of phase bins, run together by one fast-folding
/// transform or one by one by the exact binning.
struct BLSPeriodGroup {
    /// `Int(period / binDuration)` of every period in the group.
    var bins: Int
    /// Indices into the periods of the run.
    var indices: [Int]
    /// True to fold the group with ``FastFolding``.
    var folds: Bool
}

extension BLSEngine {
    /// The most evenly resampled values a fast-folding run may hold (2 GiB of pairs); beyond it the
    /// exact binning runs (only a damaged time column gets there).
    static let maximumResampledCount = 1 << 27

    /// Number of samples of the evenly resampled series: one per phase bin over the baseline.
    var resampledCount: Int { Int(x[count - 1] / binDuration) + 1 }

    /// The periods grouped by whole phase bins, each group set to fold or not by `algorithm`:
    /// `.auto` folds a group when one transform (`samples·⌈log₂ rows⌉` additions) costs less than
    /// binning its periods one by one (points, or bin edges over the baseline, per period).
    func groups(periods: [Double], algorithm: BLSAlgorithm) -> [BLSPeriodGroup] {
        guard algorithm != .exact else { return [BLSPeriodGroup(bins: 0, indices: Array(periods.indices), folds: false)] }
        var byBins: [Int: [Int]] = [:]
        for i in periods.indices { byBins[Int(periods[i] / binDuration), default: []].append(i) }
        let samples = resampledCount
        let perPeriodBinning = binsByEdges ? 1.3 * Double(samples) : Double(count)
        return byBins.keys.sorted().map { bins in
            let indices = byBins[bins] ?? []
            let folds: Bool
            switch algorithm {
            case .exact, .fast: folds = samples <= Self.maximumResampledCount
            case .auto:
                let rows = Self.foldingRows(samples: samples, cols: bins)
                let transform = Double(rows * bins) * max(1, log2(Double(rows)))
                folds = samples <= Self.maximumResampledCount && transform < Double(indices.count) * perPeriodBinning
            }
            return BLSPeriodGroup(bins: bins, indices: indices, folds: folds)
        }
    }

    /// Rows of a fold of `samples` samples `cols` at a time: enough to hold them all, rounded up to a
    /// power of two (the transform's shifts are then within one sample of the drift; with other row
    /// counts the rounding of the halves' drifts adds up).
    static func foldingRows(samples: Int, cols: Int) -> Int {
        let rows = (samples + cols - 1) / cols
        return rows <= 1 ? 1 : 1 << (Int.bitWidth - (rows - 1).leadingZeroBitCount)
    }

    /// The (flux·weight, weight) sums of the points in each phase-bin-wide time step from the first
    /// point, followed by `padding` zero pairs (so that every row of a fold lies within it).
    func resampled(padding: Int) -> [SIMD2<Double>] {
        var series = [SIMD2<Double>](repeating: .zero, count: resampledCount + padding)
        let inverse = 1 / binDuration
        for i in 0..<count { series[Int(x[i] * inverse)] += fluxWeight[i] }
        return series
    }

    /// The best box at each period of `group`, by one fast-folding transform of `series`: each period
    /// takes the folded row nearest to it (within half a sample of drift over the baseline), whose
    /// phase bins are padded cyclically by `oversample` bins and scanned as ``bestBox(period:objective:bins:cumFlux:cumWeight:)`` does.
    ///
    /// `series`, `folded` and `scratch` hold at least `foldingRows · bins` pairs; `cumFlux` and
    /// `cumWeight` ``maxBins`` + 1 values.
    func foldedBoxes(group: BLSPeriodGroup, periods: [Double], objective: BLSObjective, series: UnsafePointer<SIMD2<Double>>,
                     folded: UnsafeMutablePointer<SIMD2<Double>>, scratch: UnsafeMutablePointer<SIMD2<Double>>,
                     cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>,
                     results: UnsafeMutablePointer<BLSBox>) {
        let cols = max(group.bins, 1)
        let rows = Self.foldingRows(samples: resampledCount, cols: cols)
        FastFolding.transform(series, rows: rows, cols: cols, output: folded, scratch: scratch)
        let nBins = cols + oversample
        var lastRow = -1
        for i in group.indices {
            let period = periods[i]
            let row = FastFolding.row(forPeriod: period / binDuration, rows: rows, cols: cols)
            if row != lastRow {
                let values = folded + row * cols
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
                lastRow = row
            }
            var best = BLSBox()
            let longest = maximumDutyCycle.isFinite ? Int(maximumDutyCycle * period / binDuration) : nBins
            for dur in durationBins where dur <= nBins && dur <= longest {
                scan(duration: dur, nBins: nBins, objective: objective, cumFlux: cumFlux, cumWeight: cumWeight, best: &best)
            }
            (results + i).initialize(to: best)
        }
    }
}
