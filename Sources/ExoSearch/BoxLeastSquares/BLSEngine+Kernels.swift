import Foundation

extension BLSEngine {
    /// The best box at `period`: bins the phase (astropy's layout), then scans all durations.
    ///
    /// `cumFlux` and `cumWeight` are scratch of at least ``maxBins`` + 1 values.
    @inline(__always)
    func bestBox(period: Double, objective: BLSObjective,
                 cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>) -> BLSBox {
        let k = Int((period / binDuration).rounded(.up))
        let nBins = k + oversample
        if binsByEdges {
            binByEdges(period: period, phaseBins: k, cumFlux: cumFlux, cumWeight: cumWeight)
        } else {
            binByPoints(period: period, phaseBins: k, cumFlux: cumFlux, cumWeight: cumWeight)
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
    @inline(__always)
    func binByPoints(period: Double, phaseBins k: Int,
                     cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>) {
        let nBins = k + oversample
        cumFlux.update(repeating: 0, count: nBins + 1)
        cumWeight.update(repeating: 0, count: nBins + 1)
        let invPeriod = 1 / period
        let invBin = 1 / binDuration
        x.withUnsafeBufferPointer { xs in
            weightedFlux.withUnsafeBufferPointer { ys in
                weight.withUnsafeBufferPointer { ws in
                    for j in 0..<count {
                        let xj = xs[j]
                        let wrapped = xj - period * (xj * invPeriod).rounded(.down)
                        let ind = min(max(Int(wrapped * invBin), 0) + 1, nBins)
                        cumFlux[ind] += ys[j]
                        cumWeight[ind] += ws[j]
                    }
                }
            }
        }
        for n in 1...oversample {
            cumFlux[k - 1 + n] = cumFlux[n]
            cumWeight[k - 1 + n] = cumWeight[n]
        }
        for n in 1...nBins {
            cumFlux[n] += cumFlux[n - 1]
            cumWeight[n] += cumWeight[n - 1]
        }
    }

    /// The same cumulative bins from the prefix sums of the time-sorted points, read at each bin
    /// edge of each cycle: O(baseline / bin) instead of O(N), without scattered writes.
    @inline(__always)
    func binByEdges(period: Double, phaseBins k: Int,
                    cumFlux: UnsafeMutablePointer<Double>, cumWeight: UnsafeMutablePointer<Double>) {
        let nBins = k + oversample
        cumFlux.update(repeating: 0, count: nBins + 1)
        cumWeight.update(repeating: 0, count: nBins + 1)
        let n = count
        let cycles = Int((x[n - 1] / period).rounded(.down)) + 1
        let invCell = inverseCellWidth
        x.withUnsafeBufferPointer { xs in
            prefixFlux.withUnsafeBufferPointer { py in
                prefixWeight.withUnsafeBufferPointer { pw in
                    cellStart.withUnsafeBufferPointer { cells in
                        let lastCell = cells.count - 1
                        for c in 0..<cycles {
                            let start = Double(c) * period
                            for b in 0..<k {
                                let q = start + Double(b) * binDuration
                                var j = Int(cells[min(Int(q * invCell), lastCell)])
                                while xs[j] < q { j += 1 }
                                cumFlux[b] += py[j]
                                cumWeight[b] += pw[j]
                            }
                        }
                    }
                }
            }
        }
        let baseFlux = cumFlux[0], baseWeight = cumWeight[0]
        for b in 0..<k {
            cumFlux[b] -= baseFlux
            cumWeight[b] -= baseWeight
        }
        for m in 1...oversample {
            cumFlux[k - 1 + m] = cumFlux[k - 1] + cumFlux[m]
            cumWeight[k - 1 + m] = cumWeight[k - 1] + cumWeight[m]
        }
        cumFlux[nBins] = cumFlux[nBins - 1]
        cumWeight[nBins] = cumWeight[nBins - 1]
    }

    /// Slides a box of `duration` bins over the phase, four starts at a time, keeping the first
    /// strictly best one (astropy's order: durations outer, starts inner).
    @inline(__always)
    func scan(duration dur: Int, nBins: Int, objective: BLSObjective,
              cumFlux: UnsafePointer<Double>, cumWeight: UnsafePointer<Double>, best: inout BLSBox) {
        let nMax = nBins - dur
        let sumY = sumFlux, sumW = sumWeight
        let eps = Double.ulpOfOne
        let vSumY = SIMD4<Double>(repeating: sumY), vSumW = SIMD4<Double>(repeating: sumW)
        let vEps = SIMD4<Double>(repeating: eps)
        let half = SIMD4<Double>(repeating: 0.5), one = SIMD4<Double>(repeating: 1)
        let negInf = SIMD4<Double>(repeating: -.infinity)
        let yRaw = UnsafeRawPointer(cumFlux), wRaw = UnsafeRawPointer(cumWeight)
        let stride = MemoryLayout<Double>.stride
        var n = 0
        while n + 3 <= nMax {
            let y0 = yRaw.loadUnaligned(fromByteOffset: n * stride, as: SIMD4<Double>.self)
            let y1 = yRaw.loadUnaligned(fromByteOffset: (n + dur) * stride, as: SIMD4<Double>.self)
            let w0 = wRaw.loadUnaligned(fromByteOffset: n * stride, as: SIMD4<Double>.self)
            let w1 = wRaw.loadUnaligned(fromByteOffset: (n + dur) * stride, as: SIMD4<Double>.self)
            let yIn = y1 - y0, wIn = w1 - w0
            let wOut = vSumW - wIn
            let valid = (wIn .>= vEps) .& (wOut .>= vEps)
            let safeIn = wIn.replacing(with: one, where: .!valid)
            let safeOut = wOut.replacing(with: one, where: .!valid)
            let depth = (vSumY - yIn) / safeOut - yIn / safeIn
            var value: SIMD4<Double>
            switch objective {
            case .likelihood: value = half * safeIn * depth * depth
            case .snr: value = depth / (one / safeIn + one / safeOut).squareRoot()
            }
            value.replace(with: negInf, where: .!(valid .& (depth .>= SIMD4<Double>(repeating: 0))))
            if any(value .> SIMD4<Double>(repeating: best.objective)) {
                for lane in 0..<4 { consider(start: n + lane, duration: dur, objective: objective, cumFlux: cumFlux, cumWeight: cumWeight, best: &best) }
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
