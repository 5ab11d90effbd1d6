import ExoBasics
import Foundation

/// A robust penalised cubic B-spline trend whose knot spacing is chosen by the Bayesian
/// information criterion, as AstroNet's `kepler_spline.choose_kepler_spline` (Shallue &
/// Vanderburg 2018).
///
/// Each segment (split at gaps longer than ``maxGapDays``) is fitted with uniform knots
/// ``knotSpacing`` apart, iteratively leaving out points more than ``clipSigma`` robust standard
/// deviations from the fit. For every candidate spacing the BIC is
/// `n·ln(2πσ²) + SSR/σ² + k·ln n`, with σ estimated from the point-to-point differences
/// (`1.48 · median|Δf| / √2`) and `k` the number of spline coefficients; the lowest wins.
/// Masked points (in transit) are never used in the fit.
public struct SplineDetrender: Sendable, Codable, Equatable {
    /// Candidate knot spacings, days (default: 20 values log-spaced from 0.5 to 20, as AstroNet).
    public var knotSpacings: [Double]
    /// Robust clipping threshold, standard deviations.
    public var clipSigma: Double
    /// Clip-and-refit passes per fit.
    public var maxIterations: Int
    /// Gaps longer than this split the light curve, days (AstroNet: 0.75).
    public var maxGapDays: Double
    /// Multiplier of the BIC's parameter penalty.
    public var penaltyCoefficient: Double

    /// Creates a detrender with AstroNet's defaults.
    public init(
        knotSpacings: [Double] = SplineDetrender.astronetKnotSpacings, clipSigma: Double = 3,
        maxIterations: Int = 5, maxGapDays: Double = 0.75, penaltyCoefficient: Double = 1
    ) {
        self.knotSpacings = knotSpacings
        self.clipSigma = clipSigma
        self.maxIterations = maxIterations
        self.maxGapDays = maxGapDays
        self.penaltyCoefficient = penaltyCoefficient
    }

    /// `logspace(log10(0.5), log10(20), 20)`, days.
    public static let astronetKnotSpacings: [Double] = (0..<20).map {
        pow(10, log10(0.5) + Double($0) * (log10(20) - log10(0.5)) / 19)
    }

    /// The trend and the knot spacing chosen.
    public struct Fit: Sendable {
        /// Trend at every point (NaN where a segment was too short to fit).
        public var trend: [Double]
        /// The knot spacing with the lowest BIC, days.
        public var knotSpacing: Double
        /// Its Bayesian information criterion.
        public var bic: Double
    }

    /// Fits the trend of `flux` at ascending `time`; `mask` is true for points to leave out.
    public func fit(time: [Double], flux: [Double], mask: [Bool]? = nil) -> Fit {
        let segments = GapSplitter.segments(time: time, maxGapDays: maxGapDays)
        var diffs: [Double] = []
        for segment in segments where segment.count > 1 {
            for i in segment.dropFirst() { diffs.append(abs(flux[i] - flux[i - 1]) / 2.0.squareRoot()) }
        }
        let sigma = RobustStatistics.median(diffs) * 1.48
        var best = Fit(trend: [Double](repeating: .nan, count: time.count), knotSpacing: .nan, bic: .infinity)
        guard sigma.isFinite, sigma > 0 else { return best }
        for spacing in knotSpacings {
            var trend = [Double](repeating: .nan, count: time.count)
            var parameters = 0, points = 0
            var ssr = 0.0
            for segment in segments {
                guard let piece = fitSegment(time: time, flux: flux, mask: mask, range: segment, spacing: spacing)
                else { continue }
                for (offset, i) in segment.enumerated() { trend[i] = piece.trend[offset] }
                parameters += piece.parameters
                points += piece.used
                ssr += piece.ssr
            }
            guard points > 0 else { continue }
            let n = Double(points)
            let bic = n * log(2 * Double.pi * sigma * sigma) + ssr / (sigma * sigma)
                + penaltyCoefficient * Double(parameters) * log(n)
            if bic < best.bic { best = Fit(trend: trend, knotSpacing: spacing, bic: bic) }
        }
        return best
    }

    /// One segment at one spacing: the trend, coefficients, points kept and their squared residuals.
    func fitSegment(time: [Double], flux: [Double], mask: [Bool]?, range: Range<Int>, spacing: Double)
        -> (trend: [Double], parameters: Int, used: Int, ssr: Double)?
    {
        var weights = range.map { mask?[$0] == true ? 0.0 : 1.0 }
        guard weights.reduce(0, +) >= 4 else { return nil }
        var spline: CubicBSplineFit?
        var trend: [Double] = []
        for _ in 0..<max(maxIterations, 1) {
            guard let fit = CubicBSplineFit(time: time[range], flux: flux[range], weights: weights, knotSpacing: spacing)
            else { return nil }
            spline = fit
            trend = range.map { fit.value(at: time[$0]) }
            let residuals = range.indices.compactMap { k -> Double? in
                weights[k] > 0 ? flux[range.lowerBound + k] - trend[k] : nil
            }
            let scatter = RobustStatistics.standardDeviation(residuals)
            guard scatter > 0 else { break }
            var changed = false
            for k in weights.indices where mask?[range.lowerBound + k] != true {
                let keep = abs(flux[range.lowerBound + k] - trend[k]) <= clipSigma * scatter
                if keep != (weights[k] > 0) {
                    weights[k] = keep ? 1 : 0
                    changed = true
                }
            }
            if !changed { break }
        }
        guard let spline else { return nil }
        var ssr = 0.0, used = 0
        for k in weights.indices where weights[k] > 0 {
            let r = flux[range.lowerBound + k] - trend[k]
            ssr += r * r
            used += 1
        }
        return (trend, spline.intervals + 3, used, ssr)
    }
}
