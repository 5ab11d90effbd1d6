import ExoBasics
import ExoDetrend
import ExoLightCurve
import Foundation

/// The multi-planet transit search: clean, detrend, then box least squares passes, masking each
/// detection's transits before the next, until the SDE falls below the threshold (by default one
/// that grows with the number of trial periods, ``TransitSearchConfiguration/defaultSDEThreshold(periodCount:)``).
///
/// ```swift
/// let result = try TransitSearch().run(on: lightCurve)
/// for signal in result.signals { print(signal.period, signal.depth, signal.flags) }
/// ```
///
/// Each pass searches the configured period grid with the BLS likelihood objective, takes the
/// highest peak of the SDE spectrum, refines it on a finer period grid, measures its diagnostics
/// on the flattened light curve (earlier signals masked), then masks its transits. A detection is
/// not reported when it is a harmonic or alias of an earlier one (period ratio near p/q, transits
/// coinciding) or when fewer than ``TransitSearchConfiguration/minimumTransitCount`` transits
/// have data; it is listed in ``TransitSearchResult/rejected`` instead.
public struct TransitSearch: Sendable {
    /// The settings.
    public var configuration: TransitSearchConfiguration

    /// Creates a search with `configuration`.
    public init(configuration: TransitSearchConfiguration = TransitSearchConfiguration()) {
        self.configuration = configuration
    }

    /// Searches `lightCurve` (any flux units; several segments may be stitched).
    ///
    /// - Throws: ``SearchError`` when fewer than 20 usable points remain, the period range is empty or
    ///   the search takes longer than ``TransitSearchConfiguration/timeBudget``.
    public func run(on lightCurve: LightCurve) throws -> TransitSearchResult {
        let config = configuration
        let density = config.stellarDensity ?? lightCurve.metadata.stellarDensity ?? 1
        let source = lightCurve.metadata.sources.joined(separator: ", ")
        let clock = SearchClock(budget: config.timeBudget, source: source)
        var lc = lightCurve.removingNaNs()
        if zip(lc.time, lc.time.dropFirst()).contains(where: { $0 > $1 }) {
            lc = lc.selecting(lc.indices.sorted { lc.time[$0] < lc.time[$1] })
        }
        let typical = RobustStatistics.median(lc.flux)
        let implausible = typical > 0 ? Set(lc.indices.filter { !Self.plausibleFluxRatios.contains(lc.flux[$0] / typical) }) : []
        if !implausible.isEmpty { lc = lc.filtered { !implausible.contains($0) } }
        guard lc.count >= 20 else { throw SearchError.tooFewPoints(source: source, count: lc.count, minimum: 20) }
        let cadence = Self.cadence(of: lc)
        let longest = config.durations?.max() ?? config.longestDuration
        var durations = config.durations
            ?? PeriodGrid.durations(from: min(max(0.03, 2 * cadence), longest / 2), to: longest, count: config.durationCount)

        // Detrend (a shorter, iterated window for a star varying faster than the default follows),
        // drop points without a trend and upward outliers.
        var detrending = AdaptiveDetrending(detrender: config.detrender
            ?? .biweight(windowDays: Detrender.defaultWindow(longestDurationDays: longest, cadenceDays: cadence)))
        var detrended = detrending.detrend(lc)
        if config.detrender == nil, config.durations == nil, let shortest = durations.min(),
           let (adapted, result, window) = AdaptiveDetrending.adapted(lc, first: detrended, cadence: cadence, shortestDuration: shortest) {
            detrending = adapted
            detrended = result
            durations = PeriodGrid.durations(from: shortest, to: max(window / 3, shortest), count: config.durationCount)
        }
        try clock.check(after: "detrending")
        let outliers = UpwardOutlierClipper(sigma: config.clipSigma).outliers(in: detrended.flattened.flux)
        let keep = lc.indices.filter { detrended.flattened.flux[$0].isFinite && !outliers[$0] }
        let cleaned = lc.selecting(keep)
        var flat = detrended.flattened.selecting(keep)
        let trend = keep.map { detrended.trend[$0] }
        guard flat.count >= 20 else { throw SearchError.tooFewPoints(source: source, count: flat.count, minimum: 20) }
        let sigma = RobustStatistics.standardDeviation(flat.flux)
        flat.fluxError = Self.scaledErrors(flat.fluxError, to: sigma)

        // Period grid.
        let span = flat.time[flat.count - 1] - flat.time[0]
        let minPeriod = max(config.minimumPeriod, 1.25 * (durations.max() ?? 0))
        let maxPeriod = min(config.maximumPeriod ?? span / 2, span)
        let periods: [Double]
        do {
            periods = try Self.periodGrid(config, durations: durations, span: span, minimumPeriod: minPeriod, maximumPeriod: maxPeriod)
        } catch SearchError.invalidGrid(let reason) {
            throw SearchError.invalidGrid("\(source): \(reason)")
        }
        let oversample = config.oversample
            ?? min(10, max(3, Int(((durations.min() ?? 0.03) / max(cadence / 2, 1e-6)).rounded(.down))))

        var passes = SearchPasses(cleaned: cleaned, detrending: detrending, flat: flat, sigma: sigma, periods: periods, durations: durations,
                                  oversample: oversample, configuration: config, stellarDensity: density)
        try passes.run(clock: clock)
        try clock.check(after: "the periodic search passes")
        let singles = SingleTransitSearch(configuration: config.singleTransits, stellarDensity: density)
            .search(flat: passes.flat, cleaned: cleaned, excluded: passes.reportedTransits, signals: passes.signals, sigma: sigma,
                    cadence: cadence, flatLongestDuration: detrending.detrender.longestKeptDuration)
        return TransitSearchResult(signals: passes.signals, singleTransits: singles.events,
                                   periodogram: passes.periodogram ?? Periodogram(periods: [], power: [], sde: []),
                                   flattened: flat, trend: trend, rejected: passes.rejected + singles.rejected, durations: durations,
                                   sdeThreshold: passes.sdeThreshold, companionSDEThreshold: passes.companionSDEThreshold,
                                   droppedImplausibleFlux: implausible.count)
    }

    /// A flux outside these multiples of the median is a damaged value, dropped before the search: the
    /// brightest stellar flares reach tens of times a faint M dwarf's flux, not a thousand, and no
    /// eclipse hides 99.9% of the light (so no depth can exceed 100%).
    public static let plausibleFluxRatios = 0.001...1000.0

    /// The trial periods of `config`'s grid between `minimumPeriod` and `maximumPeriod` for a `span`-day light curve.
    ///
    /// - Throws: ``SearchError/invalidGrid(_:)`` for an empty range, fewer than 10 periods, or more than
    ///   ``TransitSearchConfiguration/maximumPeriodCount``.
    static func periodGrid(_ config: TransitSearchConfiguration, durations: [Double], span: Double,
                           minimumPeriod: Double, maximumPeriod: Double) throws -> [Double] {
        guard maximumPeriod > minimumPeriod else {
            throw SearchError.invalidGrid("period range \(minimumPeriod)–\(maximumPeriod) d is empty for a \(span)-day light curve")
        }
        let periods: [Double]
        switch config.grid {
        case .ofir:
            periods = try PeriodGrid.ofir(stellarRadius: config.stellarRadius, stellarMass: config.stellarMass,
                                          timeSpan: span, minimumPeriod: minimumPeriod, maximumPeriod: maximumPeriod,
                                          oversamplingFactor: config.gridOversampling, maximumCount: config.maximumPeriodCount)
        case .autoperiod:
            periods = try PeriodGrid.autoperiod(timeSpan: span, durations: durations, minimumPeriod: minimumPeriod,
                                                maximumPeriod: maximumPeriod, frequencyFactor: 3 / config.gridOversampling,
                                                maximumCount: config.maximumPeriodCount)
        }
        guard periods.count >= 10 else {
            throw SearchError.invalidGrid("only \(periods.count) trial periods between \(minimumPeriod) and \(maximumPeriod) d")
        }
        return periods
    }

    /// The cadence from the metadata, or the median time step.
    public static func cadence(of lc: LightCurve) -> Double {
        if lc.metadata.cadenceDays.isFinite && lc.metadata.cadenceDays > 0 { return lc.metadata.cadenceDays }
        let steps = zip(lc.time.dropFirst(), lc.time).map { $0 - $1 }.filter { $0 > 0 }
        let step = RobustStatistics.median(steps)
        return step.isFinite ? step : 0.02
    }

    /// Errors rescaled so their median equals the robust scatter `sigma`; missing ones get `sigma`, and
    /// each is kept within a factor of 10 of it, so that a damaged error cannot give one point all the
    /// weight (real errors of one product stay within a factor of ~2 of their median).
    static func scaledErrors(_ errors: [Double], to sigma: Double) -> [Double] {
        let typical = RobustStatistics.median(errors.filter { $0.isFinite && $0 > 0 })
        guard typical.isFinite, typical > 0 else { return [Double](repeating: sigma, count: errors.count) }
        let scale = sigma / typical
        return errors.map { $0.isFinite && $0 > 0 ? min(max($0 * scale, sigma / 10), sigma * 10) : sigma }
    }
}
