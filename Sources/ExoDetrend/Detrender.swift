import ExoLightCurve

/// How to remove a light curve's slow trends while keeping its transits.
///
/// ```swift
/// let result = Detrender.biweight(windowDays: 0.75).detrend(lightCurve, mask: inTransit)
/// result.flattened   // flux / trend, about 1.0
/// ```
public enum Detrender: Sendable, Codable, Equatable {
    /// Time-windowed Tukey biweight (``BiweightFilter``), window in days.
    case biweight(windowDays: Double)
    /// Robust penalised B-spline with knot spacing chosen by BIC (``SplineDetrender``).
    case spline
    /// No detrending: the flux is only divided by its median.
    case none

    /// A window suited to the durations searched: three times the longest duration (wotan's
    /// advice), at least 0.5 d and at least 10 cadences.
    ///
    /// - Parameters:
    ///   - longestDurationDays: the longest transit duration searched, days.
    ///   - cadenceDays: time between cadences, days (NaN if unknown).
    public static func defaultWindow(longestDurationDays: Double, cadenceDays: Double = .nan) -> Double {
        var window = max(0.5, 3 * longestDurationDays)
        if cadenceDays.isFinite && cadenceDays > 0 { window = max(window, 10 * cadenceDays) }
        return window
    }

    /// Detrends `lightCurve` (finite points assumed; non-finite ones get a NaN flux).
    ///
    /// - Parameter mask: true for points to leave out of the trend fit (in transit); nil for none.
    /// - Returns: the flattened light curve (flux and error divided by the trend) and the trend.
    public func detrend(_ lightCurve: LightCurve, mask: [Bool]? = nil) -> DetrendedLightCurve {
        let scale = lightCurve.medianFlux
        let norm = scale.isFinite && scale != 0 ? scale : 1
        let flux = lightCurve.flux.map { $0 / norm }
        let trend: [Double]
        switch self {
        case let .biweight(window):
            trend = BiweightFilter(windowDays: window).trend(time: lightCurve.time, flux: flux, mask: mask)
        case .spline:
            trend = SplineDetrender().fit(time: lightCurve.time, flux: flux, mask: mask).trend
        case .none:
            trend = [Double](repeating: 1, count: flux.count)
        }
        var flattened = lightCurve
        for i in flattened.indices {
            let factor = trend[i] * norm
            flattened.flux[i] = factor > 0 ? lightCurve.flux[i] / factor : .nan
            flattened.fluxError[i] = factor > 0 ? lightCurve.fluxError[i] / factor : .nan
        }
        flattened.metadata.isNormalized = true
        return DetrendedLightCurve(flattened: flattened, trend: trend.map { $0 * norm })
    }
}

/// A light curve divided by its trend, and that trend.
public struct DetrendedLightCurve: Sendable {
    /// Flux and error divided by the trend: about 1.0 out of transit.
    public var flattened: LightCurve
    /// The trend in the input's flux units, per cadence (NaN where none could be fitted).
    public var trend: [Double]
}
