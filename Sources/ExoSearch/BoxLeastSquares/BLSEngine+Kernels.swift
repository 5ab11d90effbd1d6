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
        let invCell = inverseCellWidth
        x.withUnsafeBufferPointer { xs in
            fluxWeight.withUnsafeBufferPointer { yw in
                cellStart.withUnsafeBufferPointer { cells in
                    let xp = xs.baseAddress!, cp = cells.baseAddress!, lastCell = cells.count - 1
                    var lo = 0
                    for c in 0..<cycles {
                        let base = Double(c) * period
                        let hi = c == cycles - 1 ? n : Self.firstPoint(
                            notBefore: Double(c + 1) * period, xs: xp, cells: cp, lastCell: lastCell,
                            inverseCellWidth: invCell, exact: exact)
                        for j in lo..<hi {
                            bins[Int((xs[j] - base) * invBin) + 1] += yw[j]
                        }
                        lo = hi
                    }
                }
            }
        }
    }

    /// The first point at or after `q` (N past the last): the cell's first point, moved on once if
    /// it is before `q` (enough when cells hold one point, `exact`), else as often as needed.
    @inline(__always)
    static func firstPoint(notBefore q: Double, xs: UnsafePointer<Double>, cells: UnsafePointer<Int32>,
                           lastCell: Int, inverseCellWidth: Double, exact: Bool) -> Int {
        var j = Int(cells[min(Int(q * inverseCellWidth), lastCell)])
        j &+= xs[j] < q ? 1 : 0
        if !exact {
            while xs[j] < q { j &+= 1 }
        }
        return j
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
        let invCell = inverseCellWidth
        let width = binDuration
        x.withUnsafeBufferPointer { xs in
            prefixFluxWeight.withUnsafeBufferPointer { prefix in
                cellStart.withUnsafeBufferPointer { cells in
                    let xp = xs.baseAddress!, cp = cells.baseAddress!, lastCell = cells.count - 1
                    for c in 0..<cycles {
                        let start = Double(c) * period
                        for b in 0..<k {
                            let j = Self.firstPoint(notBefore: start + Double(b) * width, xs: xp, cells: cp,
                                                    lastCell: lastCell, inverseCellWidth: invCell, exact: exact)
                            bins[b] += prefix[j]
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
    /// `wIn·wOut`), a box can beat `best` only if `½·num² > best·wIn·wOut²` (likelihood) or
    /// `num² > best²·wIn·wOut·(wIn + wOut)` (SNR). The screen is widened by a rounding margin, and
    /// every start it passes is decided by astropy's scalar test, so the result is unchanged.
    @inline(__always)
    func scan(duration dur: Int, nBins: Int, objective: BLSObjective,
              cumFlux: UnsafePointer<Double>, cumWeight: UnsafePointer<Double>, best: inout BLSBox) {
        let nMax = nBins - dur
        let vSumY = SIMD4<Double>(repeating: sumFlux), vSumW = SIMD4<Double>(repeating: sumWeight)
        let vEps = SIMD4<Double>(repeating: .ulpOfOne)
        let slack = 1e-12
        let vSlack = SIMD4<Double>(repeating: 6 * slack), vSignSlack = SIMD4<Double>(repeating: 2 * slack * slack)
        let zero = SIMD4<Double>(repeating: 0)
        /// `best` (likelihood) or `best²` (SNR) lowered by the slack; −∞ while anything may win.
        func threshold(_ b: Double) -> SIMD4<Double> {
            switch objective {
            case .likelihood: return SIMD4(repeating: b > 0 ? 2 * b * (1 - slack) : (b == 0 ? 0 : -.infinity))
            case .snr: return SIMD4(repeating: b > 0 ? b * b * (1 - slack) : -.infinity)
            }
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
            let num2: SIMD4<Double> = num * num
            let size: SIMD4<Double> = a * a + b * b
            let scale: SIMD4<Double>
            switch objective {
            case .likelihood: scale = wIn * wOut * wOut
            case .snr: scale = wIn * wOut * (wIn + wOut)
            }
            let valid: SIMDMask<SIMD4<Int64>> = (wIn .>= vEps) .& (wOut .>= vEps)
            let signOK = (num .>= zero) .| (num2 .<= vSignSlack * size)
            let lhs: SIMD4<Double> = num2 + vSlack * size, rhs: SIMD4<Double> = vBest * scale
            let pass = valid .& signOK .& (lhs .> rhs)
            if any(pass) {
                for lane in 0..<4 { consider(start: n + lane, duration: dur, objective: objective, cumFlux: cumFlux, cumWeight: cumWeight, best: &best) }
                vBest = threshold(best.objective)
            }
            n += 4
        }
        while n <= nMax {
            consider(start: n, duration: dur, objective: objective, cumFlux: cumFlux, cumWeight: cumWeight, best: &best)
            n += 1
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
