import Foundation

/// The sliding-window biweight of ``BiweightFilter`` (wotan's `_sliding_chunk` and
/// `location_iter_core`).
enum BiweightKernel {
    static let tolerance = 1e-6

    static func filterSegment(
        time: [Double], flux: [Double], usable: [Bool], range: Range<Int>, halfWindow: Double,
        tuningConstant: Double, into trend: inout [Double]
    ) {
        var sorted: [Double] = []
        sorted.reserveCapacity(range.count)
        var lo = range.lowerBound, hi = range.lowerBound
        var curLo = range.lowerBound, curHi = range.lowerBound
        for i in range {
            while lo < range.upperBound && time[lo] < time[i] - halfWindow { lo += 1 }
            while hi < range.upperBound && time[hi] < time[i] + halfWindow { hi += 1 }
            if i == range.lowerBound || lo >= curHi {  // no overlap with the previous window: rebuild
                sorted.removeAll(keepingCapacity: true)
                for j in lo..<hi where usable[j] { sorted.append(flux[j]) }
                sorted.sort()
            } else {  // slide: drop the points that left, add those that entered
                for j in curLo..<lo where usable[j] { remove(flux[j], from: &sorted) }
                for j in curHi..<hi where usable[j] { insert(flux[j], into: &sorted) }
            }
            curLo = lo
            curHi = hi
            guard !sorted.isEmpty else { continue }
            trend[i] = sorted.withUnsafeBufferPointer { location(sorted: $0, tuningConstant: tuningConstant) }
        }
    }

    static func insert(_ value: Double, into sorted: inout [Double]) {
        sorted.insert(value, at: lowerBound(value, in: sorted))
    }

    static func remove(_ value: Double, from sorted: inout [Double]) {
        let index = lowerBound(value, in: sorted)
        if index < sorted.count { sorted.remove(at: index) }
    }

    static func lowerBound(_ value: Double, in sorted: [Double]) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Biweight location of sorted values: median start, reweighted mean steps with Aitken
    /// extrapolation of steady runs, stopped when a step is below `tolerance · MAD`.
    static func location(sorted s: UnsafeBufferPointer<Double>, tuningConstant: Double) -> Double {
        let (med, mad) = medianAndMAD(sorted: s)
        guard mad > 0 else { return med }
        let scale = 1 / (tuningConstant * mad)
        let tol = tolerance * mad
        var center = med
        var iterations = 0
        while iterations < 1000 {
            let c1 = step(s, center: center, scale: scale)
            iterations += 1
            if abs(c1 - center) <= tol || iterations >= 1000 { return c1 }
            let c2 = step(s, center: c1, scale: scale)
            iterations += 1
            if abs(c2 - c1) <= tol { return c2 }
            let step1 = c1 - center, step2 = c2 - c1
            center = c2
            if step1 != 0 {
                let rate = step2 / step1
                if rate > 0 && rate < 0.9 { center = c2 + step2 * rate / (1 - rate) }
            }
        }
        return center
    }

    /// One reweighting step: `center + Σ d·w / Σ w` over the points with |u| < 1.
    ///
    /// Eight partial sums (two SIMD4 accumulators) break the chain of dependent additions; the sums
    /// differ from a sequential loop only by rounding.
    @inline(__always)
    static func step(_ s: UnsafeBufferPointer<Double>, center: Double, scale: Double) -> Double {
        let n = s.count
        let vCenter = SIMD4<Double>(repeating: center), vScale = SIMD4<Double>(repeating: scale)
        let one = SIMD4<Double>(repeating: 1), zero = SIMD4<Double>(repeating: 0)
        var sumDW0 = zero, sumW0 = zero, sumDW1 = zero, sumW1 = zero
        @inline(__always) func weights(_ v: SIMD4<Double>) -> (SIMD4<Double>, SIMD4<Double>) {
            let d = v - vCenter
            let u = d * vScale
            let t = one - u * u
            let w = (t * t).replacing(with: zero, where: t .<= zero)
            return (d * w, w)
        }
        let raw = UnsafeRawPointer(s.baseAddress!)
        let stride = MemoryLayout<Double>.stride
        var i = 0
        while i + 8 <= n {
            let (dw0, w0) = weights(raw.loadUnaligned(fromByteOffset: i * stride, as: SIMD4<Double>.self))
            let (dw1, w1) = weights(raw.loadUnaligned(fromByteOffset: (i + 4) * stride, as: SIMD4<Double>.self))
            sumDW0 += dw0; sumW0 += w0
            sumDW1 += dw1; sumW1 += w1
            i += 8
        }
        var sumDW = (sumDW0 + sumDW1).sum(), sumW = (sumW0 + sumW1).sum()
        while i < n {
            let d = s[i] - center
            let u = d * scale
            let u2 = u * u
            let w = u2 < 1 ? (1 - u2) * (1 - u2) : 0
            sumDW += d * w
            sumW += w
            i += 1
        }
        return center + sumDW / sumW
    }

    /// Median and median absolute deviation of sorted values in O(log n): the deviations are two
    /// ascending runs (left and right of the median), merged by binary search.
    static func medianAndMAD(sorted s: UnsafeBufferPointer<Double>) -> (Double, Double) {
        let n = s.count
        let med = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
        var r = 0, hiSearch = n
        while r < hiSearch {
            let mid = (r + hiSearch) / 2
            if s[mid] < med { r = mid + 1 } else { hiSearch = mid }
        }
        let na = r, nb = n - r
        let k = (n - 1) / 2 + 1
        var lo = max(0, k - nb), hi = min(k, na)
        var v1 = 0.0, v2 = 0.0
        while lo <= hi {
            let i = (lo + hi) / 2
            let j = k - i
            let aLeft = i > 0 ? med - s[r - i] : -.infinity
            let aRight = i < na ? med - s[r - 1 - i] : .infinity
            let bLeft = j > 0 ? s[r + j - 1] - med : -.infinity
            let bRight = j < nb ? s[r + j] - med : .infinity
            if aLeft > bRight {
                hi = i - 1
            } else if bLeft > aRight {
                lo = i + 1
            } else {
                v1 = max(aLeft, bLeft)
                v2 = n % 2 == 0 ? min(aRight, bRight) : v1
                break
            }
        }
        return (med, (v1 + v2) / 2)
    }
}
