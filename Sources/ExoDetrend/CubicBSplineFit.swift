import Foundation

/// A weighted least-squares cubic B-spline on uniform knots, with a small second-difference
/// penalty on the coefficients (a P-spline) so that knot intervals without points stay smooth.
struct CubicBSplineFit {
    let start: Double
    let intervalWidth: Double
    let intervals: Int
    let coefficients: [Double]

    /// Fits `flux` at `time` (ascending) over `[time.first, time.last]` with knots about
    /// `knotSpacing` apart; points with weight 0 are ignored. Nil when nothing can be fitted.
    init?(time: ArraySlice<Double>, flux: ArraySlice<Double>, weights: [Double], knotSpacing: Double,
          penalty: Double = 1e-6) {
        guard let first = time.first, let last = time.last else { return nil }
        let span = max(last - first, 1e-9)
        let m = max(1, Int(span / knotSpacing))
        start = first
        intervals = m
        intervalWidth = span / Double(m)
        let size = m + 3
        // Symmetric banded normal matrix: band[d][i] = A[i][i + d], d = 0...3.
        var band = [[Double]](repeating: [Double](repeating: 0, count: size), count: 4)
        var rhs = [Double](repeating: 0, count: size)
        var used = 0
        for (offset, (t, f)) in zip(time, flux).enumerated() {
            let w = weights[offset]
            guard w > 0 else { continue }
            used += 1
            let (cell, basis) = Self.basis(t, start: first, width: intervalWidth, intervals: m)
            for a in 0..<4 {
                rhs[cell + a] += w * basis[a] * f
                for b in a..<4 { band[b - a][cell + a] += w * basis[a] * basis[b] }
            }
        }
        guard used >= 4 else { return nil }
        // Penalty λ·ΣD2ᵀD2 scaled to the mean diagonal, so it only bridges empty intervals.
        let meanDiagonal = band[0].reduce(0, +) / Double(size)
        let lambda = penalty * max(meanDiagonal, 1e-300)
        if size >= 3 {
            for i in 0..<(size - 2) {
                let d: [Double] = [1, -2, 1]
                for a in 0..<3 { for b in a..<3 { band[b - a][i + a] += lambda * d[a] * d[b] } }
            }
        }
        guard let solution = Self.solveBanded(band: band, rhs: rhs) else { return nil }
        coefficients = solution
    }

    /// The spline at `t` (clamped to the fitted range).
    func value(at t: Double) -> Double {
        let (cell, basis) = Self.basis(t, start: start, width: intervalWidth, intervals: intervals)
        return coefficients[cell] * basis[0] + coefficients[cell + 1] * basis[1]
            + coefficients[cell + 2] * basis[2] + coefficients[cell + 3] * basis[3]
    }

    /// The interval holding `t` and the four uniform cubic B-spline basis values there.
    @inline(__always)
    static func basis(_ t: Double, start: Double, width: Double, intervals: Int) -> (Int, SIMD4<Double>) {
        let u = (t - start) / width
        let cell = min(max(Int(u.rounded(.down)), 0), intervals - 1)
        let x = min(max(u - Double(cell), 0), 1)
        let x2 = x * x, x3 = x2 * x
        let omx = 1 - x
        return (cell, SIMD4(omx * omx * omx / 6, (3 * x3 - 6 * x2 + 4) / 6, (-3 * x3 + 3 * x2 + 3 * x + 1) / 6, x3 / 6))
    }

    /// Solves the symmetric positive-definite banded system (bandwidth 3) by Cholesky.
    static func solveBanded(band input: [[Double]], rhs: [Double]) -> [Double]? {
        let n = rhs.count
        var l = input  // l[d][i] = L[i + d][i]
        for j in 0..<n {
            var diag = l[0][j]
            for k in max(0, j - 3)..<j { diag -= l[j - k][k] * l[j - k][k] }
            guard diag > 0, diag.isFinite else { return nil }
            let root = diag.squareRoot()
            l[0][j] = root
            for d in 1...3 where j + d < n {
                var value = l[d][j]
                for k in max(0, j + d - 3)..<j where j - k <= 3 { value -= l[j + d - k][k] * l[j - k][k] }
                l[d][j] = value / root
            }
        }
        var y = rhs
        for i in 0..<n {
            for k in max(0, i - 3)..<i { y[i] -= l[i - k][k] * y[k] }
            y[i] /= l[0][i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for k in (i + 1)..<min(n, i + 4) { y[i] -= l[k - i][i] * y[k] }
            y[i] /= l[0][i]
        }
        return y
    }
}
