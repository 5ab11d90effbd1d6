import ExoBasics
import Foundation

/// Trial-period grids for transit searches, days.
public enum PeriodGrid {
    /// astropy's `BoxLeastSquares.autoperiod`: uniform in frequency with spacing
    /// `frequencyFactor · min(durations) / timeSpan²`.
    ///
    /// - Parameters:
    ///   - timeSpan: baseline of the data, days (`max(t) − min(t)`).
    ///   - durations: the trial durations, days.
    ///   - minimumPeriod: default twice the longest duration.
    ///   - maximumPeriod: default `timeSpan / (minimumTransitCount − 1)`.
    /// - Returns: periods in astropy's order, `1 / (fmax − df·i)`: ascending, days.
    /// - Throws: ``SearchError/invalidGrid(_:)`` when the grid would hold more than `maximumCount` periods.
    public static func autoperiod(
        timeSpan: Double, durations: [Double], minimumPeriod: Double? = nil, maximumPeriod: Double? = nil,
        minimumTransitCount: Int = 3, frequencyFactor: Double = 1, maximumCount: Int = defaultMaximumCount
    ) throws -> [Double] {
        guard let minDuration = durations.min(), let maxDuration = durations.max(), timeSpan > 0 else { return [] }
        let df = frequencyFactor * minDuration / (timeSpan * timeSpan)
        var low = minimumPeriod ?? 2 * maxDuration
        var high = maximumPeriod ?? timeSpan / Double(max(minimumTransitCount - 1, 1))
        if high < low { swap(&low, &high) }
        guard low > 0 else { return [] }
        let fMin = 1 / high, fMax = 1 / low
        let steps = ((fMax - fMin) / df).rounded(.toNearestOrEven)
        try checkCount(steps + 1, maximumCount: maximumCount, timeSpan: timeSpan)
        return (0..<(1 + Int(steps))).map { 1 / (fMax - df * Double($0)) }
    }

    /// The optimal grid of Ofir (2014, A&A 561, A138) as Transit Least Squares builds it
    /// (`transitleastsquares.grid.period_grid`): uniform in `f^(1/3)`, oversampled, from
    /// `minimumTransitCount` transits in the baseline up to the Roche limit of the star (3 R★: 0.60 d
    /// for the Sun), continued with the same spacing down to `minimumPeriod` when that is shorter
    /// (ultra-short periods: Kepler-78 b's 0.355 d lies at 3.0 R★); above the Roche limit the periods
    /// are TLS's.
    ///
    /// - Parameters:
    ///   - stellarRadius: solar radii (clamped to ≥ 0.1).
    ///   - stellarMass: solar masses (clamped to ≥ 0.01).
    ///   - timeSpan: baseline, days.
    ///   - minimumPeriod, maximumPeriod: keep periods in `(minimumPeriod, maximumPeriod]`, days.
    /// - Returns: ascending periods, days.
    public static func ofir(
        stellarRadius: Double = 1, stellarMass: Double = 1, timeSpan: Double,
        minimumPeriod: Double = 0, maximumPeriod: Double = .infinity,
        oversamplingFactor: Double = 3, minimumTransitCount: Int = 2, maximumCount: Int = defaultMaximumCount
    ) throws -> [Double] {
        let gravity = PhysicalConstants.TLSGrid.gravitationalConstant, secondsPerDay = PhysicalConstants.secondsPerDay
        let radius = max(stellarRadius, 0.1) * PhysicalConstants.TLSGrid.solarRadius
        let mass = max(stellarMass, 0.01) * PhysicalConstants.TLSGrid.solarMass
        let span = timeSpan * secondsPerDay
        guard span > 0 else { return [] }
        let fMin = Double(minimumTransitCount) / span
        let roche = 1 / (2 * Double.pi) * (gravity * mass / pow(3 * radius, 3)).squareRoot()
        let fMax = minimumPeriod > 0 ? max(roche, 1 / (minimumPeriod * secondsPerDay)) : roche
        let a = pow(2 * Double.pi, 2.0 / 3) / Double.pi * radius / pow(gravity * mass, 1.0 / 3)
            / (span * oversamplingFactor)
        let c = pow(fMin, 1.0 / 3) - a / 3
        let nOpt = (pow(fMax, 1.0 / 3) - pow(fMin, 1.0 / 3) + a / 3) * 3 / a
        guard nOpt.isFinite, nOpt > 0 else { return [] }
        try checkCount(nOpt.rounded(.up), maximumCount: maximumCount, timeSpan: timeSpan)
        var periods: [Double] = []
        let count = Int(nOpt.rounded(.up))
        periods.reserveCapacity(count)
        for i in 1...max(count, 1) {
            let f = pow(a / 3 * Double(i) + c, 3)
            let p = 1 / f / secondsPerDay
            if p > minimumPeriod && p <= maximumPeriod { periods.append(p) }
        }
        return periods.sorted()
    }

    /// The most trial periods a grid may hold by default: about a 9,000-day baseline with the Ofir
    /// grid, far beyond any mission, so that a damaged time column cannot ask for billions.
    public static let defaultMaximumCount = 1_000_000

    private static func checkCount(_ count: Double, maximumCount: Int, timeSpan: Double) throws {
        guard count.isFinite, count <= Double(maximumCount) else {
            throw SearchError.invalidGrid("a \(String(format: "%.0f", timeSpan))-day light curve needs \(String(format: "%.3g", count)) "
                + "trial periods, more than the limit of \(maximumCount); search a narrower range (--max-period)")
        }
    }

    /// Trial durations spaced geometrically from `shortest` to `longest` days (`count` values).
    public static func durations(from shortest: Double, to longest: Double, count: Int) -> [Double] {
        guard count > 1, longest > shortest else { return [shortest] }
        let ratio = pow(longest / shortest, 1 / Double(count - 1))
        return (0..<count).map { shortest * pow(ratio, Double($0)) }
    }
}
