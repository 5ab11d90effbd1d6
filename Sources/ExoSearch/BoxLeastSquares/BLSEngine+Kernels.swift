import Foundation

extension BLSEngine {
    /// The best box at `period`: bins the phase (astropy's layout), then scans all durations.
    ///
    /// `bins`, `cumFlux` and `cumWeight` are scratch of at least ``maxBins`` + 1 values.
    @inline(__always)
    func bestBox(period: Double, objective: BLSObjective, bins: UnsafeMutablePointer<SIMD2<Double>>,
                 cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>) -> BLSBox {
        let k = Int((period / binDuration).rounded(.up))
        let nBins = k + oversample
        if binsByEdges {
            binByEdges(period: period, phaseBins: k, bins: bins, cumFlux: cumFlux, cumWeight: cumWeight)
        } else {
            binByPoints(period: period, phaseBins: k, bins: bins, cumFlux: cumFlux, cumWeight: cumWeight)
        }
        var best = BLSBox()
        let longest = maximumDutyCycle.isFinite ? Int(maximumDutyCycle * period / binDuration) : nBins
        for dur in durationBins where dur <= nBins && dur <= longest {
            scan(duration: dur, nBins: nBins, objective: objective, cumFlux: cumFlux, cumWeight: cumWeight, best: &best)
        }
        return best
    }

    /// astropy's binning: one pass over the points, the first `oversample` bins copied after the
    /// last full bin (overwriting bin `k`, as astropy does), then the cumulative sum.
    ///
    /// The time-sorted points are taken cycle by cycle (each cycle's first point found through the
    /// cells), so a point's phase is `x − c·period` without a floor; flux and weight are accumulated
    /// together as pairs in `bins` (scratch of ``maxBins`` + 1), one scattered add per point.
    @inline(__always)
    func binByPoints(period: Double, phaseBins k: Int, bins: UnsafeMutablePointer<SIMD2<Double>>,
                     cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>) {
        let nBins = k + oversample
        bins.update(repeating: .zero, count: nBins + 1)
        if cellsHoldOnePoint {
            accumulatePoints(period: period, bins: bins, exact: true)
        } else {
            accumulatePoints(period: period, bins: bins, exact: false)
        }
        for n in 1...oversample {
            bins[k - 1 + n] = bins[n]
        }
        var sum = SIMD2<Double>.zero
        for n in 0...nBins {
            sum += bins[n]
            cumFlux[n] = sum.x
            cumWeight[n] = sum.y
        }
    }

    /// Adds each point's (flux, weight) pair to its phase bin `Int(phase / binDuration) + 1`.
    @inline(__always)
    private func accumulatePoints(period: Double, bins: UnsafeMutablePointer<SIMD2<Double>>, exact: Bool) {
        let n = count
        let cycles = Int((x[n - 1] / period).rounded(.down)) + 1
        let invBin = 1 / binDuration
        withCells { cells in
            fluxWeight.withUnsafeBufferPointer { yw in
                var lo = 0
                for c in 0..<cycles {
                    let base = Double(c) * period
                    let hi = c == cycles - 1 ? n : cells.firstPoint(notBefore: Double(c + 1) * period, exact: exact)
                    for j in lo..<hi {
                        bins[Int((cells.x[j] - base) * invBin) + 1] += yw[j]
                    }
                    lo = hi
                }
            }
        }
    }

    /// Runs `body` with unsafe views of the point times and the cells.
    @inline(__always)
    func withCells<R>(_ body: (BLSCells) -> R) -> R {
        x.withUnsafeBufferPointer { xs in
            cellStart.withUnsafeBufferPointer { starts in
                cellTime.withUnsafeBufferPointer { times in
                    cellPrefix.withUnsafeBufferPointer { prefixes in
                        body(BLSCells(x: xs.baseAddress!, start: starts.baseAddress!, time: times.baseAddress!,
                                      prefix: prefixes.baseAddress!, last: starts.count - 1,
                                      inverseWidth: inverseCellWidth))
                    }
                }
            }
        }
    }

    /// The same cumulative bins from the prefix sums of the time-sorted points, read at each bin
    /// edge of each cycle: O(baseline / bin) instead of O(N), without scattered writes.
    ///
    /// `bins` is scratch of ``maxBins`` + 1 pairs, where the prefix sums are accumulated per bin.
    @inline(__always)
    func binByEdges(period: Double, phaseBins k: Int, bins: UnsafeMutablePointer<SIMD2<Double>>,
                    cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>) {
        let nBins = k + oversample
        bins.update(repeating: .zero, count: k)
        if cellsHoldOnePoint {
            accumulateEdges(period: period, phaseBins: k, bins: bins, exact: true)
        } else {
            accumulateEdges(period: period, phaseBins: k, bins: bins, exact: false)
        }
        let base = bins[0]
        for b in 0..<k {
            let v = bins[b] - base
            cumFlux[b] = v.x
            cumWeight[b] = v.y
        }
        for m in 1...oversample {
            cumFlux[k - 1 + m] = cumFlux[k - 1] + cumFlux[m]
            cumWeight[k - 1 + m] = cumWeight[k - 1] + cumWeight[m]
        }
        cumFlux[nBins] = cumFlux[nBins - 1]
        cumWeight[nBins] = cumWeight[nBins - 1]
    }

    /// Adds, for each bin `b`, the prefix sums before its edge `c·period + b·binDuration` in every cycle `c`.
    @inline(__always)
    private func accumulateEdges(period: Double, phaseBins k: Int, bins: UnsafeMutablePointer<SIMD2<Double>>,
                                 exact: Bool) {
        let n = count
        let cycles = Int((x[n - 1] / period).rounded(.down)) + 1
        let width = binDuration
        withCells { cells in
            prefixFluxWeight.withUnsafeBufferPointer { prefix in
                for c in 0..<cycles {
                    let start = Double(c) * period
                    for b in 0..<k {
                        let q = start + Double(b) * width
                        if exact {
                            bins[b] += cells.prefixBefore(q)
                        } else {
                            bins[b] += prefix[cells.firstPoint(notBefore: q, exact: false)]
                        }
                    }
                }
            }
        }
    }

    /// Slides a box of `duration` bins over the phase, four starts at a time, keeping the first
    /// strictly best one (astropy's order: durations outer, starts inner).
    ///
    /// The vector pass is a division-free screen: with `num = yOut·wIn − yIn·wOut` (the depth times
    /// `wIn·wOut`), a box can beat `best ≥ 0` only if `½·num·|num| > best·wIn·wOut²` (likelihood)
    /// or `num·|num| > best²·wIn·wOut·(wIn + wOut)` (SNR). The screen is widened by a rounding margin, and
    /// the four starts of a block that passes it are decided by astropy's arithmetic (lane by lane,
    /// so bit for bit the same), so the result is unchanged.
    @inline(__always)
    func scan(duration dur: Int, nBins: Int, objective: BLSObjective,
              cumFlux: UnsafePointer<Double>, cumWeight: UnsafePointer<Double>, best: inout BLSBox) {
        switch objective {
        case .likelihood: scan(duration: dur, nBins: nBins, snr: false, cumFlux: cumFlux, cumWeight: cumWeight, best: &best)
        case .snr: scan(duration: dur, nBins: nBins, snr: true, cumFlux: cumFlux, cumWeight: cumWeight, best: &best)
        }
    }

    /// ``scan(duration:nBins:objective:cumFlux:cumWeight:best:)`` for one objective (`snr` or likelihood).
    @inline(__always)
    private func scan(duration dur: Int, nBins: Int, snr: Bool,
                      cumFlux: UnsafePointer<Double>, cumWeight: UnsafePointer<Double>, best: inout BLSBox) {
        let nMax = nBins - dur
        let vSumY = SIMD4<Double>(repeating: sumFlux), vSumW = SIMD4<Double>(repeating: sumWeight)
        let slack = 1e-12
        let vSlack = SIMD4<Double>(repeating: 6 * slack)
        let magnitudeMask = SIMD4<UInt64>(repeating: ~(1 << 63))
        /// `best` (likelihood) or `best²` (SNR) lowered by the slack; −∞ while anything may win.
        func threshold(_ b: Double) -> SIMD4<Double> {
            if snr { return SIMD4(repeating: b > 0 ? b * b * (1 - slack) : -.infinity) }
            return SIMD4(repeating: b > 0 ? 2 * b * (1 - slack) : (b == 0 ? 0 : -.infinity))
        }
        var vBest = threshold(best.objective)
        let yRaw = UnsafeRawPointer(cumFlux), wRaw = UnsafeRawPointer(cumWeight)
        let stride = MemoryLayout<Double>.stride
        var n = 0
        while n + 3 <= nMax {
            let y0 = yRaw.loadUnaligned(fromByteOffset: n * stride, as: SIMD4<Double>.self)
            let y1 = yRaw.loadUnaligned(fromByteOffset: (n + dur) * stride, as: SIMD4<Double>.self)
            let w0 = wRaw.loadUnaligned(fromByteOffset: n * stride, as: SIMD4<Double>.self)
            let w1 = wRaw.loadUnaligned(fromByteOffset: (n + dur) * stride, as: SIMD4<Double>.self)
            let yIn = y1 - y0, wIn = w1 - w0
            let yOut = vSumY - yIn, wOut = vSumW - wIn
            let a = yOut * wIn, b = yIn * wOut
            let num = a - b
            let size: SIMD4<Double> = a * a + b * b
            let scale: SIMD4<Double> = snr ? wIn * wOut * (wIn + wOut) : wIn * wOut * wOut
            // `num·|num|` keeps the sign (a brightening box fails once `best ≥ 0`); empty boxes
            // (wIn = 0) have num = size = 0 and fail by themselves (0 > 0 or NaN comparisons).
            let absNum = unsafeBitCast(unsafeBitCast(num, to: SIMD4<UInt64>.self) & magnitudeMask, to: SIMD4<Double>.self)
            let lhs: SIMD4<Double> = num * absNum + vSlack * size, rhs: SIMD4<Double> = vBest * scale
            if any(lhs .> rhs) {
                consider(start: n, yIn: yIn, wIn: wIn, yOut: yOut, wOut: wOut, duration: dur, snr: snr, best: &best)
                vBest = threshold(best.objective)
            }
            n += 4
        }
        while n <= nMax {
            consider(start: n, duration: dur, objective: snr ? .snr : .likelihood,
                     cumFlux: cumFlux, cumWeight: cumWeight, best: &best)
            n += 1
        }
    }

    /// astropy's test of the four boxes starting at `n` (sums in and out of each box given), with
    /// the same operations lane by lane as ``consider(start:duration:objective:cumFlux:cumWeight:best:)``.
    @inline(__always)
    private func consider(start n: Int, yIn: SIMD4<Double>, wIn: SIMD4<Double>, yOut: SIMD4<Double>,
                          wOut: SIMD4<Double>, duration dur: Int, snr: Bool, best: inout BLSBox) {
        let meanIn = yIn / wIn, meanOut = yOut / wOut
        let depth = meanOut - meanIn
        let value: SIMD4<Double>
        if snr {
            value = depth / (1 / wIn + 1 / wOut).squareRoot()
        } else {
            value = 0.5 * wIn * depth * depth
        }
        for lane in 0..<4 where wIn[lane] >= .ulpOfOne && wOut[lane] >= .ulpOfOne
            && meanOut[lane] >= meanIn[lane] && value[lane] > best.objective {
            best = BLSBox(objective: value[lane], depth: depth[lane],
                          depthError: (1 / wIn[lane] + 1 / wOut[lane]).squareRoot(), inWeight: wIn[lane],
                          startBin: n + lane, durationBins: dur)
        }
    }

    /// astropy's scalar test of one box.
    @inline(__always)
    func consider(start n: Int, duration dur: Int, objective: BLSObjective,
                  cumFlux: UnsafePointer<Double>, cumWeight: UnsafePointer<Double>, best: inout BLSBox) {
        var yIn = cumFlux[n + dur] - cumFlux[n]
        let wIn = cumWeight[n + dur] - cumWeight[n]
        var yOut = sumFlux - yIn
        let wOut = sumWeight - wIn
        guard wIn >= .ulpOfOne, wOut >= .ulpOfOne else { return }
        yIn /= wIn
        yOut /= wOut
        let depth = yOut - yIn
        let depthError = (1 / wIn + 1 / wOut).squareRoot()
        let value: Double
        switch objective {
        case .likelihood: value = 0.5 * wIn * depth * depth
        case .snr: value = depth / depthError
        }
        if yOut >= yIn && value > best.objective {
            best = BLSBox(objective: value, depth: depth, depthError: depthError, inWeight: wIn,
                          startBin: n, durationBins: dur)
        }
    }
}

/// Unsafe views of ``BLSEngine``'s time cells, for finding the first point at or after a time.
struct BLSCells {
    let x: UnsafePointer<Double>
    let start: UnsafePointer<Int32>
    let time: UnsafePointer<Double>
    let prefix: UnsafePointer<SIMD2<Double>>
    /// Index of the last cell (which starts at N).
    let last: Int
    let inverseWidth: Double

    /// The cell of time `q` (the last one for times past it).
    @inline(__always)
    func cell(_ q: Double) -> Int { min(Int(q * inverseWidth), last) }

    /// The first point at or after `q` (N past the last): the cell's first point, moved on once if
    /// it is before `q` (enough when cells hold one point, `exact`), else as often as needed.
    @inline(__always)
    func firstPoint(notBefore q: Double, exact: Bool) -> Int {
        let m = cell(q)
        var j = Int(start[m]) &+ (time[m] < q ? 1 : 0)
        if !exact {
            while x[j] < q { j &+= 1 }
        }
        return j
    }

    /// The prefix sums of the points before `q`, when cells hold one point: those before cell
    /// `m`'s point, or before the next cell's when that point is before `q`.
    @inline(__always)
    func prefixBefore(_ q: Double) -> SIMD2<Double> {
        let m = cell(q)
        return prefix[m &+ (time[m] < q ? 1 : 0)]
    }
}
