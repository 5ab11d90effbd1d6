import ExoBasics

/// Median binning of sorted points into evenly spaced, possibly overlapping bins.
public struct MedianBinner: Sendable {
    /// Number of bins.
    public var binCount: Int
    /// Width of each bin (same units as x).
    public var binWidth: Double
    /// Start of the first bin.
    public var xMin: Double
    /// End of the last bin.
    public var xMax: Double
    /// How empty bins are filled.
    public var fill: ViewConfiguration.EmptyBinFill

    /// A binner; bin centres run from `xMin + binWidth/2` to `xMax - binWidth/2`.
    public init(binCount: Int, binWidth: Double, xMin: Double, xMax: Double, fill: ViewConfiguration.EmptyBinFill = .median) {
        self.binCount = binCount
        self.binWidth = binWidth
        self.xMin = xMin
        self.xMax = xMax
        self.fill = fill
    }

    /// Bin centres.
    public var centers: [Double] {
        let spacing = (xMax - xMin - binWidth) / Double(max(binCount - 1, 1))
        return (0..<binCount).map { xMin + binWidth / 2 + Double($0) * spacing }
    }

    /// Medians of `y` over the points whose `x` (ascending) falls in each bin `[c - w/2, c + w/2)`,
    /// with the number of points per bin. Empty bins are filled as ``fill`` says (with NaN if
    /// there are no points in the span at all).
    public func bin(x: [Double], y: [Double]) -> BinnedSeries {
        let centers = self.centers
        var values = [Double](repeating: .nan, count: binCount)
        var counts = [Int](repeating: 0, count: binCount)
        var scratch: [Double] = []
        let spanLow = x.firstIndex(notBelow: xMin), spanHigh = x.firstIndex(notBelow: xMax)
        for b in 0..<binCount {
            let lo = x.firstIndex(notBelow: centers[b] - binWidth / 2)
            let hi = x.firstIndex(notBelow: centers[b] + binWidth / 2)
            guard hi > lo else { continue }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: y[lo..<hi])
            values[b] = RobustStatistics.medianInPlace(&scratch)
            counts[b] = hi - lo
        }
        if counts.contains(0) {
            switch fill {
            case .median:
                scratch.removeAll(keepingCapacity: true)
                if spanHigh > spanLow { scratch.append(contentsOf: y[spanLow..<spanHigh]) }
                let m = scratch.isEmpty ? Double.nan : RobustStatistics.medianInPlace(&scratch)
                for b in 0..<binCount where counts[b] == 0 { values[b] = m }
            case .interpolate:
                Self.interpolateGaps(&values, counts: counts, centers: centers)
            }
        }
        return BinnedSeries(centers: centers, values: values, counts: counts)
    }

    private static func interpolateGaps(_ values: inout [Double], counts: [Int], centers: [Double]) {
        let filled = counts.indices.filter { counts[$0] > 0 }
        guard let first = filled.first, let last = filled.last else { return }
        var k = 0
        for b in values.indices where counts[b] == 0 {
            if b < first { values[b] = values[first]; continue }
            if b > last { values[b] = values[last]; continue }
            while k + 1 < filled.count && filled[k + 1] < b { k += 1 }
            let left = filled[k], right = filled[k + 1]
            let t = (centers[b] - centers[left]) / (centers[right] - centers[left])
            values[b] = values[left] + t * (values[right] - values[left])
        }
    }
}

/// Binned points: bin centres, values and how many points each bin held (0 = filled).
public struct BinnedSeries: Codable, Equatable, Sendable {
    /// Bin centres (days from the transit, or from the secondary for the secondary view).
    public var centers: [Double]
    /// Median flux per bin (relative flux, not normalised).
    public var values: [Double]
    /// Points per bin.
    public var counts: [Int]

    /// The values shifted and scaled to median 0 and minimum -1, as Float.
    ///
    /// If all values are equal the result is all zeros. `reference` supplies the median and
    /// minimum to use instead of this series' own (for odd/even views on the local view's scale).
    public func normalized(reference: (median: Double, scale: Double)? = nil) -> [Float] {
        let (m, scale) = reference ?? normalization
        return values.map { Float(scale > 0 ? ($0 - m) / scale : 0) }
    }

    /// This series' median and |min - median|.
    public var normalization: (median: Double, scale: Double) {
        var finite = values.filter(\.isFinite)
        guard let low = finite.min() else { return (0, 0) }
        let m = RobustStatistics.medianInPlace(&finite)
        return (m, abs(low - m))
    }
}
