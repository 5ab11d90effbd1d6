import ExoBasics

/// Finds upward outliers (flares, cosmic rays) in a flattened light curve; transits, which go
/// down, are never clipped.
public struct UpwardOutlierClipper: Sendable, Codable, Equatable {
    /// Points more than this many robust standard deviations above the median are outliers.
    public var sigma: Double
    /// Clipping passes (the median and scatter are recomputed without earlier outliers).
    public var iterations: Int

    /// Creates a clipper (defaults: 3 sigma, 3 passes).
    public init(sigma: Double = 3, iterations: Int = 3) {
        self.sigma = sigma
        self.iterations = iterations
    }

    /// True where `flux` is an upward outlier (non-finite values are not outliers).
    public func outliers(in flux: [Double]) -> [Bool] {
        var isOutlier = [Bool](repeating: false, count: flux.count)
        for _ in 0..<max(iterations, 1) {
            let kept = flux.indices.compactMap { isOutlier[$0] ? nil : flux[$0] }
            let center = RobustStatistics.median(kept)
            let scatter = RobustStatistics.standardDeviation(kept)
            guard center.isFinite, scatter.isFinite, scatter > 0 else { break }
            let limit = center + sigma * scatter
            var changed = false
            for i in flux.indices where !isOutlier[i] && flux[i].isFinite && flux[i] > limit {
                isOutlier[i] = true
                changed = true
            }
            if !changed { break }
        }
        return isOutlier
    }
}
