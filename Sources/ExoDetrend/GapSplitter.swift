/// Splits a time series where consecutive times are further apart than a tolerance.
public enum GapSplitter {
    /// Index ranges of the segments of the sorted `time` between gaps longer than `maxGapDays`.
    ///
    /// - Parameters:
    ///   - time: ascending times, days.
    ///   - maxGapDays: the longest step that does not split, days (wotan's `break_tolerance`).
    /// - Returns: consecutive, non-empty ranges covering `time.indices` (empty when `time` is).
    public static func segments(time: [Double], maxGapDays: Double) -> [Range<Int>] {
        guard !time.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        for i in 1..<max(time.count, 1) where time[i] - time[i - 1] > maxGapDays {
            result.append(start..<i)
            start = i
        }
        result.append(start..<time.count)
        return result
    }
}
