/// Small robust statistics shared by the detrenders and the search.
public enum RobustStatistics {
    /// Median of the finite `values` (NaN when there are none).
    public static func median(_ values: [Double]) -> Double {
        var finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return .nan }
        return medianInPlace(&finite)
    }

    /// Median absolute deviation from the median, times 1.4826: the standard deviation of Gaussian
    /// noise, robust to outliers and transits (NaN for no finite values).
    public static func standardDeviation(_ values: [Double]) -> Double {
        var finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return .nan }
        let m = medianInPlace(&finite)
        for i in finite.indices { finite[i] = abs(finite[i] - m) }
        return 1.4826 * medianInPlace(&finite)
    }

    /// Median by selection; reorders `values`, which must be finite and not empty.
    static func medianInPlace(_ values: inout [Double]) -> Double {
        let n = values.count
        let upper = select(&values, n / 2)
        if n % 2 == 1 { return upper }
        var lower = -Double.infinity
        for i in 0..<(n / 2) { lower = max(lower, values[i]) }
        return 0.5 * (lower + upper)
    }

    /// The `k`-th smallest value (quickselect); afterwards `values[..<k]` are all ≤ it.
    static func select(_ values: inout [Double], _ k: Int) -> Double {
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
