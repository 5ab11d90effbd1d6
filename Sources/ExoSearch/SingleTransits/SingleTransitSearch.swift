import ExoDetrend
import ExoLightCurve
import Foundation

/// Finds and vets lone transits: a matched box filter over time (``SingleEventScan``) on the
/// flattened flux, each peak refitted against a local polynomial baseline, systematics rejected,
/// the rest judged (``SingleTransitVetter``) and, where two agree, paired into a duo with the
/// periods `Δt/n` the data allow.
///
/// ``TransitSearch`` runs it after its periodic passes on the flux with the reported signals'
/// transits left out; ``run(on:)`` runs it alone on a light curve.
public struct SingleTransitSearch: Sendable {
    /// The settings.
    public var configuration: SingleTransitConfiguration
    /// Stellar density, solar units, for the period estimate from the duration.
    public var stellarDensity: Double

    /// Creates a search with `configuration` for a star of `stellarDensity` (solar units).
    public init(configuration: SingleTransitConfiguration = SingleTransitConfiguration(), stellarDensity: Double = 1) {
        self.configuration = configuration
        self.stellarDensity = stellarDensity
    }

    /// The trial durations for data of `cadence` days: from max(shortest, 3 cadences) to the longest.
    public func durations(cadence: Double) -> [Double] {
        var d = max(configuration.shortestDuration, 3 * cadence)
        var result: [Double] = []
        while d <= configuration.longestDuration * 1.0001 {
            result.append(d)
            d *= max(configuration.durationStep, 1.01)
        }
        return result
    }

    /// Detrends `lightCurve` (biweight, three times the longest duration the window keeps, as the
    /// periodic search does) and searches it for lone transits alone.
    ///
    /// - Throws: ``SearchError/tooFewPoints(source:count:minimum:)`` for fewer than 20 usable points.
    public func run(on lightCurve: LightCurve, detrender: Detrender? = nil) throws -> [SingleTransit] {
        var lc = lightCurve.removingNaNs()
        if zip(lc.time, lc.time.dropFirst()).contains(where: { $0 > $1 }) {
            lc = lc.selecting(lc.indices.sorted { lc.time[$0] < lc.time[$1] })
        }
        let source = lc.metadata.sources.joined(separator: ", ")
        guard lc.count >= 20 else { throw SearchError.tooFewPoints(source: source, count: lc.count, minimum: 20) }
        let cadence = TransitSearch.cadence(of: lc)
        let method = detrender ?? .biweight(windowDays: Detrender.defaultWindow(longestDurationDays: 0.3, cadenceDays: cadence))
        let flattened = method.detrend(lc).flattened
        let keep = lc.indices.filter { flattened.flux[$0].isFinite }
        guard keep.count >= 20 else { throw SearchError.tooFewPoints(source: source, count: keep.count, minimum: 20) }
        let flat = flattened.selecting(keep), cleaned = lc.selecting(keep)
        let sigma = RobustStatistics.standardDeviation(flat.flux)
        return search(flat: flat, cleaned: cleaned, excluded: [Bool](repeating: false, count: flat.count),
                      sigma: sigma, cadence: cadence).events
    }

    /// Searches `flat` (about 1.0) with `cleaned` (the same cadences before detrending) for the local
    /// fits. `excluded` points (transits of periodic signals) stay out of the local baselines; a dip
    /// at a transit of one of `signals` and less than 1.5 times its depth is that transit, not a lone
    /// event (a deeper one is kept: Kepler-90 g transits during a transit of c).
    func search(flat: LightCurve, cleaned: LightCurve, excluded: [Bool], signals: [TransitSignal] = [], sigma: Double,
                cadence: Double) -> (events: [SingleTransit], rejected: [RejectedDetection])
    {
        let config = configuration
        let durations = durations(cadence: cadence)
        guard !durations.isEmpty, sigma > 0 else { return ([], []) }
        let scanned = flat.indices.filter { flat.flux[$0].isFinite }
        let scan = SingleEventScan(time: scanned.map { flat.time[$0] }, flux: scanned.map { flat.flux[$0] },
                                   sigma: sigma, cadence: cadence)
        let (betas, peaks) = scan.peaks(durations: durations, threshold: config.snrThreshold, limit: 4 * config.maxEvents) { peak in
            signals.contains { s in
                let k = ((peak.time - s.epoch) / s.period).rounded()
                return abs(peak.time - s.epoch - k * s.period) < (peak.duration + s.duration) / 2 && peak.depth < 1.5 * s.depth
            }
        }
        let scale = RobustStatistics.median(cleaned.flux.filter(\.isFinite))
        let fitter = LocalTransitFitter(time: cleaned.time, flux: cleaned.flux.map { $0 / (scale.isFinite && scale != 0 ? scale : 1) },
                                        quality: cleaned.quality, excluded: excluded, sigma: sigma, cadence: cadence)
        let vetter = SingleTransitVetter(stellarDensity: stellarDensity)
        let coverage = PeriodCoverage(time: cleaned.time, cadence: cadence)
        var fits: [LocalTransitFit] = [], rejected: [RejectedDetection] = []
        for peak in peaks {
            let beta = betas[durations.firstIndex(of: peak.duration) ?? 0]
            guard let fit = fitter.fit(epoch: peak.time, duration: peak.duration, beta: beta, durations: durations) else { continue }
            if fits.contains(where: { abs($0.epoch - fit.epoch) < ($0.duration + fit.duration) / 2 }) { continue }
            if let why = vetter.systematic(fit) {
                rejected.append(.init(period: nil, epoch: fit.epoch, duration: fit.duration, sde: peak.snr,
                                      reason: "single event \(why)"))
            } else if fit.snr >= config.snrThreshold {
                fits.append(fit)
            }
            if fits.count >= config.maxEvents { break }
        }
        fits.sort { $0.epoch < $1.epoch }
        var events = fits.map { vetter.judge($0, coverage: coverage) }
        Self.pairDuos(fits: fits, events: &events, vetter: vetter, coverage: coverage)
        return (events, rejected)
    }

    /// Pairs lone planet candidates that agree in depth, duration and shape (closest depths first)
    /// into duos and lists their allowed periods; the shortest becomes each one's period lower limit.
    static func pairDuos(fits: [LocalTransitFit], events: inout [SingleTransit], vetter: SingleTransitVetter,
                         coverage: PeriodCoverage) {
        var pairs: [(Int, Int, Double)] = []
        for i in fits.indices where events[i].verdict == "planet-candidate" {
            for j in fits.indices where j > i && events[j].verdict == "planet-candidate" && vetter.agree(fits[i], fits[j]) {
                pairs.append((i, j, abs(fits[i].depth - fits[j].depth)))
            }
        }
        var used = Set<Int>()
        for (i, j, _) in pairs.sorted(by: { $0.2 < $1.2 }) where !used.contains(i) && !used.contains(j) {
            let duration = (fits[i].duration + fits[j].duration) / 2
            let aliases = coverage.aliases(first: fits[i].epoch, second: fits[j].epoch, duration: duration, minimum: 2 * duration)
            guard !aliases.isEmpty else { continue }
            used.formUnion([i, j])
            for k in [i, j] {
                events[k].periodAliases = aliases
                events[k].periodLowerLimit = aliases[0]
                events[k].reasons.append(String(format: "one of a duo with the event at %.4f: period Δt/n, %d value(s) from %.2f to %.2f d allowed",
                                                fits[k == i ? j : i].epoch, aliases.count, aliases.first ?? 0, aliases.last ?? 0))
            }
        }
    }
}
