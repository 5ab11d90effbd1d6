import Foundation

/// The sliding-window biweight of ``BiweightFilter`` (wotan's `_sliding_chunk` and
/// `location_iter_core`).
enum BiweightKernel {
    static let tolerance = 1e-6

    /// Filters the points of `range` into `trend`, in independent chunks run in parallel.
    ///
    /// Each chunk starts from a fully sorted window and slides from there; a window's location depends
    /// only on the values it holds, so the result is the same for any chunking and thread count. The
    /// chunk count follows wotan (at least four windows per chunk, at most 256 chunks); `threads`
    /// workers share them.
    static func filterSegment(
        time: [Double], flux: [Double], usable: [Bool], range: Range<Int>, halfWindow: Double,
        tuningConstant: Double, threads: Int, into trend: inout [Double]
    ) {
        guard !range.isEmpty else { return }
        var windowStart = [Int](repeating: 0, count: range.count), windowEnd = windowStart
        var lo = range.lowerBound, hi = range.lowerBound, widest = 1
        for i in range {
            while lo < range.upperBound && time[lo] < time[i] - halfWindow { lo += 1 }
            while hi < range.upperBound && time[hi] < time[i] + halfWindow { hi += 1 }
            windowStart[i - range.lowerBound] = lo
            windowEnd[i - range.lowerBound] = hi
            widest = max(widest, hi - lo)
        }
        let chunks = max(1, min(256, range.count / (4 * widest)))
        trend.withUnsafeMutableBufferPointer { output in
            let out = output.baseAddress!
            let filterChunk = { (chunk: Int) in
                let first = range.lowerBound + chunk * range.count / chunks
                let last = range.lowerBound + (chunk + 1) * range.count / chunks
                var sorted: [Double] = []
                sorted.reserveCapacity(widest)
                var curLo = first, curHi = first
                for i in first..<last {
                    let lo = windowStart[i - range.lowerBound], hi = windowEnd[i - range.lowerBound]
                    if i == first || lo >= curHi {  // no overlap with the previous window: rebuild
                        sorted.removeAll(keepingCapacity: true)
                        for j in lo..<hi where usable[j] { sorted.append(flux[j]) }
                        sorted.sort()
                    } else {  // slide: each point that left is replaced by one that entered
                        var leaving = curLo, entering = curHi
                        while true {
                            while leaving < lo && !usable[leaving] { leaving += 1 }
                            while entering < hi && !usable[entering] { entering += 1 }
                            guard leaving < lo, entering < hi else { break }
                            replace(flux[leaving], with: flux[entering], in: &sorted)
                            leaving += 1
                            entering += 1
                        }
                        for j in leaving..<lo where usable[j] { remove(flux[j], from: &sorted) }
                        for j in entering..<hi where usable[j] { insert(flux[j], into: &sorted) }
                    }
                    curLo = lo
                    curHi = hi
                    guard !sorted.isEmpty else { continue }
                    out[i] = sorted.withUnsafeBufferPointer { location(sorted: $0, tuningConstant: tuningConstant) }
                }
            }
            let workers = min(max(1, threads), chunks)
            if workers == 1 {
                for chunk in 0..<chunks { filterChunk(chunk) }
            } else {
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for chunk in stride(from: worker, to: chunks, by: workers) { filterChunk(chunk) }
                }
            }
        }
    }

    static func insert(_ value: Double, into sorted: inout [Double]) {
        sorted.insert(value, at: lowerBound(value, in: sorted))
    }

    static func remove(_ value: Double, from sorted: inout [Double]) {
        let index = lowerBound(value, in: sorted)
        if index < sorted.count { sorted.remove(at: index) }
    }

    /// Removes one `old` (which must be present) and inserts `new`, moving only the values between
    /// their two places.
    static func replace(_ old: Double, with new: Double, in sorted: inout [Double]) {
        let from = lowerBound(old, in: sorted), to = lowerBound(new, in: sorted)
        sorted.withUnsafeMutableBufferPointer { s in
            let base = s.baseAddress!
            if to > from {
                (base + from).update(from: base + from + 1, count: to - 1 - from)
                base[to - 1] = new
            } else {
                (base + to + 1).update(from: base + to, count: from - to)
                base[to] = new
            }
        }
    }

    /// The first index whose value is not below `value`, by a branch-free binary search (the
    /// comparison becomes a conditional move, so no mispredicted branches on noisy fluxes).
    static func lowerBound(_ value: Double, in sorted: [Double]) -> Int {
        sorted.withUnsafeBufferPointer { s in
            var length = s.count
            guard length > 0 else { return 0 }
            let base = s.baseAddress!
            var first = 0
            while length > 1 {
                let half = length / 2
                first = base[first + half - 1] < value ? first + half : first
                length -= half
            }
            return base[first] < value ? first + 1 : first
        }
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
    /// Eight partial sums (two SIMD4 accumulators) break the chain of dependent additions, and the
    /// weight `(1 − u²)²` is formed with fused multiply-adds; the sums differ from a sequential loop
    /// only by rounding.
    @inline(__always)
    static func step(_ s: UnsafeBufferPointer<Double>, center: Double, scale: Double) -> Double {
        let n = s.count
        let vCenter = SIMD4<Double>(repeating: center)
        let vMinusScale2 = SIMD4<Double>(repeating: -scale * scale)
        let one = SIMD4<Double>(repeating: 1), zero = SIMD4<Double>(repeating: 0)
        var sumDW0 = zero, sumW0 = zero, sumDW1 = zero, sumW1 = zero
        let raw = UnsafeRawPointer(s.baseAddress!)
        let stride = MemoryLayout<Double>.stride
        var i = 0
        while i + 8 <= n {
            let d0 = raw.loadUnaligned(fromByteOffset: i * stride, as: SIMD4<Double>.self) - vCenter
            let d1 = raw.loadUnaligned(fromByteOffset: (i + 4) * stride, as: SIMD4<Double>.self) - vCenter
            let t0 = one.addingProduct(d0 * d0, vMinusScale2)
            let t1 = one.addingProduct(d1 * d1, vMinusScale2)
            let w0 = (t0 * t0).replacing(with: zero, where: t0 .<= zero)
            let w1 = (t1 * t1).replacing(with: zero, where: t1 .<= zero)
            sumDW0 = sumDW0.addingProduct(d0, w0)
            sumDW1 = sumDW1.addingProduct(d1, w1)
            sumW0 += w0
            sumW1 += w1
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
