extension Array where Element == Double {
    /// The first index whose value is not below `value` in this ascending array (`count` when every
    /// value is below it): a binary search, the lower bound of C++ and NumPy's `searchsorted`.
    ///
    /// - Complexity: O(log n).
    @inlinable
    public func firstIndex(notBelow value: Double) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
