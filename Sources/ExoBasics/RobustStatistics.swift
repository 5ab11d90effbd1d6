/// Robust statistics shared by every stage, with one NaN policy: **values that are not finite
/// (NaN, ±∞) are ignored**, and a statistic of no finite values is NaN.
///
/// ```swift
/// RobustStatistics.median([3, .nan, 1, 2])            // 2
/// RobustStatistics.standardDeviation(flux)            // 1.4826 × MAD
/// ```
public enum RobustStatistics {
    /// The factor that turns a median absolute deviation into the standard deviation of Gaussian
    /// noise: 1 / Φ⁻¹(3/4) ≈ 1.4826.
    public static let gaussianSigmaPerMAD = 1.4826

    /// Median of the finite `values` (the mean of the two middle ones for an even count); NaN
    /// when there are none.
    public static func median(_ values: [Double]) -> Double {
        var finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return .nan }
        return medianInPlace(&finite)
    }

    /// Median absolute deviation of the finite `values` from their median (NaN for none).
    public static func medianAbsoluteDeviation(_ values: [Double]) -> Double {
        var finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return .nan }
        let m = medianInPlace(&finite)
        for i in finite.indices { finite[i] = abs(finite[i] - m) }
        return medianInPlace(&finite)
    }

    /// Median absolute deviation from the median, times ``gaussianSigmaPerMAD``: the standard
    /// deviation of Gaussian noise, robust to outliers and transits (NaN for no finite values).
    public static func standardDeviation(_ values: [Double]) -> Double {
        gaussianSigmaPerMAD * medianAbsoluteDeviation(values)
    }

    /// Median by selection; reorders `values`, which must be finite and not empty.
    ///
    /// - Complexity: O(n) on average.
    public static func medianInPlace(_ values: inout [Double]) -> Double {
        precondition(!values.isEmpty, "median of no values")
        let n = values.count
        let upper = select(&values, n / 2)
        if n % 2 == 1 { return upper }
        var lower = -Double.infinity
        for i in 0..<(n / 2) { lower = max(lower, values[i]) }
        return 0.5 * (lower + upper)
    }

    /// The `k`-th smallest value (quickselect); afterwards `values[..<k]` are all ≤ it. `values`
    /// must be finite.
    public static func select(_ values: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = values.count - 1
        while lo < hi {
            let pivot = values[(lo + hi) / 2]
            var i = lo, j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return values[k] }
        }
        return values[k]
    }
}
