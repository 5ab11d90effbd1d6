/// Reduces large series to what a plot of a given pixel size can show.
enum Decimation {
    /// For a line: keeps, in each pixel column, the first, minimum, maximum and last point (in time order),
    /// so the drawn envelope is unchanged. Non-finite points are kept as line breaks.
    ///
    /// - Parameters:
    ///   - column: maps an x value to its pixel column (any integer; callers clamp to the plot).
    /// - Complexity: O(n).
    static func lineEnvelope(x: [Double], y: [Double], column: (Double) -> Int) -> (x: [Double], y: [Double]) {
        let n = min(x.count, y.count)
        guard n > 0 else { return ([], []) }
        var outX: [Double] = [], outY: [Double] = []
        outX.reserveCapacity(min(n, 4096))
        outY.reserveCapacity(min(n, 4096))
        var start = 0
        while start < n {
            guard x[start].isFinite, y[start].isFinite else {
                outX.append(.nan)
                outY.append(.nan)
                start += 1
                continue
            }
            let col = column(x[start])
            var end = start
            var minIndex = start, maxIndex = start
            while end + 1 < n, x[end + 1].isFinite, y[end + 1].isFinite, column(x[end + 1]) == col {
                end += 1
                if y[end] < y[minIndex] { minIndex = end }
                if y[end] > y[maxIndex] { maxIndex = end }
            }
            var kept = [start, minIndex, maxIndex, end]
            kept.sort()
            var previous = -1
            for index in kept where index != previous {
                outX.append(x[index])
                outY.append(y[index])
                previous = index
            }
            start = end + 1
        }
        return (outX, outY)
    }

    /// For dots: snaps the points to a grid of `cellSize`-pixel cells and returns, per grid column, the runs
    /// of occupied cells as vertical marks (a lone cell is a mark of zero length). Runs separated by at most
    /// `mergeGap` empty cells join, so a dense band of noise becomes one mark per column while outliers stay
    /// separate dots: a 65,000-point light curve becomes a few marks per pixel column.
    ///
    /// - Returns: marks in pixels (`x`, top `y0`, bottom `y1`), column by column.
    /// - Complexity: O(n log n).
    static func scatterMarks(
        x: [Double], y: [Double], toPixel: (Double, Double) -> (Double, Double), cellSize: Double,
        mergeGap: Int64 = 2
    ) -> [ScatterMark] {
        let n = min(x.count, y.count)
        let size = max(cellSize, 0.5)
        var keys: [Int64] = []
        keys.reserveCapacity(n)
        for i in 0..<n where x[i].isFinite && y[i].isFinite {
            let (px, py) = toPixel(x[i], y[i])
            guard abs(px) < 1e6, abs(py) < 1e6 else { continue }
            let column = Int64((px / size).rounded(.down)) + (1 << 20)
            let row = Int64((py / size).rounded(.down)) + (1 << 20)
            keys.append(column << 32 | row)
        }
        keys.sort()
        var marks: [ScatterMark] = []
        var index = 0
        while index < keys.count {
            let column = keys[index] >> 32
            let firstRow = keys[index] & 0xFFFF_FFFF
            var lastRow = firstRow
            index += 1
            while index < keys.count, keys[index] >> 32 == column, (keys[index] & 0xFFFF_FFFF) <= lastRow + 1 + mergeGap {
                lastRow = keys[index] & 0xFFFF_FFFF
                index += 1
            }
            let centreX = (Double(column - (1 << 20)) + 0.5) * size
            marks.append(ScatterMark(x: centreX, y0: (Double(firstRow - (1 << 20)) + 0.5) * size,
                                     y1: (Double(lastRow - (1 << 20)) + 0.5) * size))
        }
        return marks
    }
}

/// A vertical run of dots in pixels: a disc when `y0 == y1`, otherwise a capsule from `y0` down to `y1`.
struct ScatterMark: Equatable {
    var x: Double
    var y0: Double
    var y1: Double
}
