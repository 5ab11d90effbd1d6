import ExoBasics
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

    /// What a search found, and the noise it measured it against.
    public struct Result: Sendable {
        /// Lone transits and duos, in time order.
        public var events: [SingleTransit]
        /// Dips rejected as systematics or too weak in the local fit.
        public var rejected: [RejectedDetection]
        /// Per-cadence robust scatter of the flattened flux; each event's depth error is
        /// `sigma · beta / √(cadences in transit)` with the β of its duration.
        public var sigma: Double
        /// The trial durations, days, and the correlated-noise factor β of each.
        public var durations: [Double]
        public var beta: [Double]
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
    /// periodic search does) and searches it for lone transits alone: the events, and the dips
    /// rejected as systematics.
    ///
    /// - Throws: ``SearchError/tooFewPoints(source:count:minimum:)`` for fewer than 20 usable points.
    public func run(on lightCurve: LightCurve, detrender: Detrender? = nil) throws -> Result {
        var lc = lightCurve.removingNaNs()
        if zip(lc.time, lc.time.dropFirst()).contains(where: { $0 > $1 }) {
            lc = lc.selecting(lc.indices.sorted { lc.time[$0] < lc.time[$1] })
        }
        let source = lc.metadata.sources.joined(separator: ", ")
        guard lc.count >= 20 else { throw SearchError.tooFewPoints(source: source, count: lc.count, minimum: 20) }
        let cadence = TransitSearch.cadence(of: lc)
        let window = Detrender.defaultWindow(longestDurationDays: 0.3, cadenceDays: cadence)
        let method = detrender ?? .biweight(windowDays: window)
        let flattened = method.detrend(lc).flattened
        let keep = lc.indices.filter { flattened.flux[$0].isFinite }
        guard keep.count >= 20 else { throw SearchError.tooFewPoints(source: source, count: keep.count, minimum: 20) }
        let flat = flattened.selecting(keep), cleaned = lc.selecting(keep)
        let sigma = RobustStatistics.standardDeviation(flat.flux)
        return search(flat: flat, cleaned: cleaned, excluded: [Bool](repeating: false, count: flat.count),
                      sigma: sigma, cadence: cadence, flatLongestDuration: method.longestKeptDuration)
    }

    /// Searches `flat` (about 1.0) with `cleaned` (the same cadences before detrending) for the local
    /// fits. `excluded` points (transits of periodic signals) stay out of the local baselines; a dip
    /// at a transit of one of `signals` is that transit unless what is left once the signal's depth
    /// is taken off still reaches the SNR threshold: Kepler-90 g
    /// transits during a transit of c and is kept; a transit of d that noise made deeper is not listed.
    /// `flatLongestDuration` is the longest duration the flattening keeps (a third of a biweight window).
    func search(flat: LightCurve, cleaned: LightCurve, excluded: [Bool], signals: [TransitSignal] = [], sigma: Double,
                cadence: Double, flatLongestDuration: Double) -> Result
    {
        let config = configuration
        let durations = durations(cadence: cadence)
        guard !durations.isEmpty, sigma > 0 else { return Result(events: [], rejected: [], sigma: sigma, durations: [], beta: []) }
        let scale = RobustStatistics.median(cleaned.flux.filter(\.isFinite))
        let normalised = cleaned.flux.map { $0 / (scale.isFinite && scale != 0 ? scale : 1) }
        // Durations the flattening keeps are scanned in the flattened flux; longer ones, which it
        // would eat, in the normalised flux binned to the whole cadences nearest 20 minutes (one for
        // Kepler long cadence, ten for TESS 2-minute data) and flattened with a biweight three
        // times the longest duration of each factor-of-two group (cheap on the binned points).
        let explained = { (peak: SingleEventScan.Peak) -> Bool in
            signals.contains { s in
                abs(Ephemeris(period: s.period, epoch: s.epoch, duration: s.duration).timeFromTransit(peak.time)) < (peak.duration + s.duration) / 2
                    && peak.snr * (1 - s.depth / peak.depth) < config.snrThreshold
            }
        }
        let limit = 4 * config.maxEvents, threshold = config.snrThreshold - 2
        var betas: [Double] = [], candidates: [SingleEventScan.Peak] = []
        let short = durations.filter { $0 <= flatLongestDuration }
        if !short.isEmpty {
            let finite = flat.indices.filter { flat.flux[$0].isFinite }
            let scan = SingleEventScan(time: finite.map { flat.time[$0] }, flux: finite.map { flat.flux[$0] }, sigma: sigma, cadence: cadence)
            let result = scan.peaks(durations: short, threshold: threshold, limit: limit, explained: explained)
            betas += result.beta
            candidates += result.peaks
        }
        var long = durations.filter { $0 > flatLongestDuration }
        if !long.isEmpty {
            let perBin = max(1, Int((20.0 / 1440 / cadence).rounded()))
            let binned = Self.binned(time: cleaned.time, flux: normalised, cadence: cadence, cadencesPerBin: perBin)
            while let first = long.first {
                let group = long.filter { $0 <= 2 * first }
                long.removeFirst(group.count)
                let trend = BiweightFilter(windowDays: 3 * (group.last ?? first), threads: 1).trend(time: binned.time, flux: binned.flux)
                let kept = binned.time.indices.filter { trend[$0].isFinite && trend[$0] > 0 }
                let flux = kept.map { binned.flux[$0] / trend[$0] }
                let binnedSigma = RobustStatistics.standardDeviation(flux)
                let scan = SingleEventScan(time: kept.map { binned.time[$0] }, flux: flux, sigma: binnedSigma, cadence: binned.width)
                let result = scan.peaks(durations: group, threshold: threshold, limit: limit, explained: explained)
                // β of the binned scan is against the binned scatter; the fits' errors are σ β / √n over
                // the unbinned cadences, so β carries the binned scatter's excess over white noise.
                let excess = binnedSigma * binned.pointsPerBin.squareRoot() / sigma
                betas += result.beta.map { max(1, $0 * excess) }
                candidates += result.peaks
            }
        }
        let peaks = SingleEventScan.strongest(candidates, limit: limit)
        let fitter = LocalTransitFitter(time: cleaned.time, flux: normalised, quality: cleaned.quality, excluded: excluded,
                                        sigma: sigma, cadence: cadence)
        let vetter = SingleTransitVetter(stellarDensity: stellarDensity)
        let coverage = PeriodCoverage(time: cleaned.time, cadence: cadence)
        var fits: [LocalTransitFit] = [], rejected: [RejectedDetection] = []
        // β of the trial duration nearest (in ratio) to a box duration.
        let beta = { (duration: Double) -> Double in
            guard let i = durations.indices.min(by: { abs(log(durations[$0] / duration)) < abs(log(durations[$1] / duration)) }),
                  i < betas.count else { return 1 }
            return betas[i]
        }
        // The excluded points of each reported signal: left out of the fit of a shallower dip (CM Dra's
        // 33% eclipses made a 1.5-day box 2.5% deep), kept for a deeper one (Kepler-90 g during c).
        let signalPoints = signals.map { s in
            let ephemeris = Ephemeris(period: s.period, epoch: s.epoch, duration: s.duration)
            return cleaned.time.indices.map { excluded[$0] && ephemeris.isInTransit(cleaned.time[$0], widthInDurations: 3) }
        }
        for peak in peaks {
            var fitter = fitter
            let deeper = signals.indices.filter { signals[$0].depth > peak.depth }
            if !deeper.isEmpty {
                fitter.hidden = cleaned.time.indices.map { i in deeper.contains { signalPoints[$0][i] } }
            }
            guard let fit = fitter.fit(epoch: peak.time, duration: peak.duration, beta: beta, durations: durations) else { continue }
            if fits.contains(where: { abs($0.epoch - fit.epoch) < ($0.duration + fit.duration) / 2 }) { continue }
            if let why = vetter.systematic(fit) {
                rejected.append(.init(period: nil, epoch: fit.epoch, duration: fit.duration, sde: peak.snr,
                                      reason: "single event \(why)"))
            } else if fit.snr >= config.snrThreshold {
                fits.append(fit)
            } else {
                rejected.append(.init(period: nil, epoch: fit.epoch, duration: fit.duration, sde: peak.snr,
                                      reason: String(format: "single event below the threshold in the local fit (SNR %.1f)", fit.snr)))
            }
            if fits.count >= config.maxEvents { break }
        }
        fits.sort { $0.epoch < $1.epoch }
        var events = fits.map { vetter.judge($0, coverage: coverage) }
        Self.pairDuos(fits: fits, events: &events, vetter: vetter, coverage: coverage)
        return Result(events: events, rejected: rejected, sigma: sigma, durations: durations, beta: betas)
    }

    /// Means of bins of `cadencesPerBin` consecutive cadences on a fixed grid (each point's cadence
    /// number `round((t − t₀) / cadence)` divided by `cadencesPerBin`; bins without points left out),
    /// the bin width in days, and the mean number of finite points per bin.
    ///
    /// The grid keeps a bin's span whole cadences even with timing jitter: bins opened at each first
    /// point and closed `width` later took two points or one at random when `width` was one cadence
    /// (Kepler long cadence), so boxes held half the bins their width implied and failed the coverage rule.
    static func binned(time: [Double], flux: [Double], cadence: Double, cadencesPerBin: Int)
        -> (time: [Double], flux: [Double], width: Double, pointsPerBin: Double)
    {
        var t: [Double] = [], f: [Double] = [], points = 0.0
        guard let start = time.first, cadence > 0 else { return ([], [], cadence, 1) }
        let perBin = max(cadencesPerBin, 1)
        // In Double and clamped, so that no time (however far off or non-finite) can trap the conversion.
        let bin = { (x: Double) -> Int in
            let k = (((x - start) / cadence).rounded() / Double(perBin)).rounded(.down)
            return k.isFinite ? Int(max(-1e15, min(1e15, k))) : Int.min
        }
        var i = 0
        while i < time.count {
            let current = bin(time[i])
            var j = i, st = 0.0, sf = 0.0, n = 0.0
            while j < time.count && bin(time[j]) == current {
                if flux[j].isFinite { st += time[j]; sf += flux[j]; n += 1 }
                j += 1
            }
            if n > 0 { t.append(st / n); f.append(sf / n); points += n }
            i = j
        }
        return (t, f, Double(perBin) * cadence, t.isEmpty ? 1 : points / Double(t.count))
    }

    /// Pairs lone planet candidates that agree in depth, duration and shape, and whose separation
    /// allows some period `Δt/n`, into duos and lists those periods; the shortest becomes each one's
    /// period lower limit. Where an event could pair with more than one other, no duo is formed among
    /// those events: which belong together the data cannot tell (Kepler-90 Q3 alone: d's first
    /// transit agrees with d's second and with e's), so their reasons name the events they agree with.
    static func pairDuos(fits: [LocalTransitFit], events: inout [SingleTransit], vetter: SingleTransitVetter,
                         coverage: PeriodCoverage) {
        var pairs: [(first: Int, second: Int, aliases: [Double])] = []
        for i in fits.indices where events[i].verdict == "planet-candidate" {
            for j in fits.indices where j > i && events[j].verdict == "planet-candidate" && vetter.agree(fits[i], fits[j]) {
                let duration = (fits[i].transitDuration + fits[j].transitDuration) / 2
                let aliases = coverage.aliases(first: fits[i].epoch, second: fits[j].epoch, duration: duration, minimum: 2 * duration)
                if !aliases.isEmpty { pairs.append((i, j, aliases)) }
            }
        }
        var partners: [Int: [Int]] = [:]
        for pair in pairs {
            partners[pair.first, default: []].append(pair.second)
            partners[pair.second, default: []].append(pair.first)
        }
        for (i, j, aliases) in pairs where partners[i]?.count == 1 && partners[j]?.count == 1 {
            for k in [i, j] {
                events[k].periodAliases = aliases
                events[k].periodLowerLimit = aliases[0]
                events[k].reasons.append(String(format: "one of a duo with the event at %.4f: period Δt/n, %d value(s) from %.2f to %.2f d allowed",
                                                fits[k == i ? j : i].epoch, aliases.count, aliases.first ?? 0, aliases.last ?? 0))
            }
        }
        for (k, others) in partners.sorted(by: { $0.key < $1.key }) where events[k].periodAliases == nil {
            let epochs = others.sorted().map { String(format: "%.4f", fits[$0].epoch) }.joined(separator: ", ")
            events[k].reasons.append("agrees with the event(s) at \(epochs), and the pairing is ambiguous (an event agrees with more than one other): no duo")
        }
    }
}
