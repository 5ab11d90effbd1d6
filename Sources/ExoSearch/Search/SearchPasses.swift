import ExoBasics
import ExoDetrend
import ExoDiagnostics
import ExoLightCurve
import Foundation

/// The state of the multi-planet passes of one ``TransitSearch`` run.
struct SearchPasses {
    /// The cleaned light curve before detrending, and how to detrend it.
    let cleaned: LightCurve
    /// Where the cleaned light curve's observations start and stop (``TransitDiagnoser/dataEdges(time:)``).
    let dataEdges: [Double]
    let detrending: AdaptiveDetrending
    /// The flattened light curve, detrended again with every detection's transits masked.
    var flat: LightCurve
    let sigma: Double
    let periods: [Double]
    let durations: [Double]
    let oversample: Int
    let configuration: TransitSearchConfiguration
    /// The star's mean density, solar units (the configuration's, else the light curve's, else solar).
    let stellarDensity: Double
    /// The SDE below which a pass ends the search while no signal is reported, and once one is.
    let sdeThreshold: Double
    let companionSDEThreshold: Double
    var usable: [Bool]
    var signals: [TransitSignal] = []
    var rejected: [RejectedDetection] = []
    var periodogram: Periodogram?
    /// Every detection so far (reported or not): period, epoch, duration.
    var detections: [(Double, Double, Double)] = []
    /// Points in the transits of reported signals (left out of the single-transit search).
    var reportedTransits: [Bool]
    /// The pairing rule for detections with two to four transits.
    var pairing: TransitPairing

    init(cleaned: LightCurve, detrending: AdaptiveDetrending, flat: LightCurve, sigma: Double, periods: [Double], durations: [Double], oversample: Int,
         configuration: TransitSearchConfiguration, stellarDensity: Double) {
        self.cleaned = cleaned
        dataEdges = TransitDiagnoser.dataEdges(time: cleaned.time)
        self.stellarDensity = stellarDensity
        self.detrending = detrending
        self.flat = flat
        self.sigma = sigma
        self.periods = periods
        self.durations = durations
        self.oversample = oversample
        self.configuration = configuration
        if let given = configuration.sdeThreshold {
            sdeThreshold = given
            companionSDEThreshold = given
        } else {
            sdeThreshold = TransitSearchConfiguration.defaultSDEThreshold(periodCount: periods.count)
            companionSDEThreshold = min(sdeThreshold, configuration.companionSDEThreshold)
        }
        usable = [Bool](repeating: true, count: flat.count)
        reportedTransits = [Bool](repeating: false, count: flat.count)
        let scale = RobustStatistics.median(cleaned.flux)
        let cadence = TransitSearch.cadence(of: cleaned)
        pairing = TransitPairing(
            fitter: LocalTransitFitter(time: cleaned.time, flux: cleaned.flux.map { $0 / (scale.isFinite && scale != 0 ? scale : 1) },
                                       quality: cleaned.quality, excluded: reportedTransits, sigma: sigma, cadence: cadence),
            vetter: SingleTransitVetter(stellarDensity: stellarDensity),
            coverage: PeriodCoverage(time: cleaned.time, cadence: cadence),
            durations: SingleTransitSearch(configuration: configuration.singleTransits).durations(cadence: cadence))
    }

    /// Runs the passes; `clock` is checked before each pass after the first.
    mutating func run(clock: SearchClock) throws {
        let config = configuration
        for pass in 0..<(config.maxSignals + 10) {
            if pass > 0 { try clock.check(after: "search pass \(pass)") }
            guard signals.count < config.maxSignals else { break }
            let indices = flat.indices.filter { usable[$0] }
            guard indices.count >= 20 else { break }
            let time = indices.map { flat.time[$0] }, flux = indices.map { flat.flux[$0] }
            let errors = indices.map { flat.fluxError[$0] }
            let bls = try BoxLeastSquares(time: time, flux: flux, fluxError: errors)
            let result = try bls.power(periods: periods, durations: durations, objective: config.objective,
                                       oversample: oversample, threads: config.threads,
                                       maximumDutyCycle: config.maximumDutyCycle, algorithm: config.algorithm)
            let statistic = result.power.map { $0.isFinite && $0 > 0 ? $0 : 0 }
            let spectrum = SignalDetectionEfficiency.spectrum(statistic)
            if periodogram == nil {
                periodogram = Periodogram(periods: periods, power: result.power.map { $0.isFinite ? $0 : 0 }, sde: spectrum)
            }
            guard let peak = spectrum.indices.max(by: { spectrum[$0] < spectrum[$1] }), result.power[peak].isFinite
            else { break }
            let sde = spectrum[peak]
            let best = try refine(bls, around: peak)
            // A very strong signal lifts its harmonics too and saturates the SDE: its SNR vouches for it.
            let threshold = signals.isEmpty ? sdeThreshold : companionSDEThreshold
            guard sde >= threshold || best.depthSNR[0] >= config.snrThreshold else {
                // A lone deep transit spreads its power over many periods and lowers the SDE of
                // everything else: mask it and search again.
                guard let event = SingleEventFinder().strongest(time: time, flux: flux, sigma: sigma, durations: durations),
                      event.significance >= config.singleEventSignificance else { break }
                rejected.append(.init(period: nil, epoch: event.time, duration: event.duration, sde: sde,
                                      reason: "single event (significance \(Int(event.significance)))"))
                for i in flat.indices where abs(flat.time[i] - event.time) < 1.5 * event.duration { usable[i] = false }
                redetrend()
                continue
            }
            let period = best.periods[0], duration = best.duration[0]
            let epoch = Ephemeris(period: period, epoch: best.transitTime[0], duration: duration)
                .firstTransit(atOrAfter: flat.time[0])
            let ephemeris = Ephemeris(period: period, epoch: epoch, duration: duration)

            let diagnoser = TransitDiagnoser(time: time, flux: flux, sigma: sigma, thresholds: config.thresholds,
                                             dataEdges: dataEdges)
            let diagnostics = diagnoser.diagnose(ephemeris, stellarDensity: stellarDensity)
            mask(ephemeris)
            defer { detections.append((period, epoch, duration)) }
            redetrend()

            if let earlier = detections.firstIndex(where: {
                AliasDetector().isAlias(period: period, epoch: epoch, duration: duration,
                                        of: $0.0, earlierEpoch: $0.1, earlierDuration: $0.2)
            }) {
                rejected.append(.init(period: period, epoch: epoch, duration: duration, sde: sde,
                                      reason: "alias of detection \(earlier + 1) (period \(detections[earlier].0) d)"))
                continue
            }
            let transits = diagnostics.singleEvent.transitsWithData
            guard transits >= config.minimumTransitCount else {
                rejected.append(.init(period: period, epoch: epoch, duration: duration, sde: sde,
                                      reason: "\(transits) transit(s) with data"))
                continue
            }
            var aliases: [Double]?
            if transits <= TransitPairing.maximumTransits {
                pairing.fitter.excluded = reportedTransits
                switch pairing.judge(ephemeris, beta: diagnostics.redNoiseFactor ?? 1) {
                case .singleEvents(let reason):
                    rejected.append(.init(period: period, epoch: epoch, duration: duration, sde: sde, reason: reason))
                    continue
                case .periodic(let allowed): aliases = allowed
                }
            }
            markReported(ephemeris)
            let flags = config.thresholds.flags(for: SignalEvidence(period: period, duration: duration, depth: best.depth[0],
                                                                    snr: best.depthSNR[0], diagnostics: diagnostics))
            signals.append(TransitSignal(
                period: period, epoch: epoch, duration: duration, depth: best.depth[0],
                depthError: best.depthError[0], snr: best.depthSNR[0], sde: sde, transitCount: transits,
                power: best.power[0], diagnostics: diagnostics, flags: flags, transits: diagnoser.transits(ephemeris),
                periodAliases: aliases))
        }
    }

    /// The best box on a grid 25 times finer around the peak (one grid step each side), with phase
    /// bins a tenth of the shortest duration.
    func refine(_ bls: BoxLeastSquares, around peak: Int) throws -> BLSPeriodogram {
        let low = periods[max(peak - 1, 0)], high = periods[min(peak + 1, periods.count - 1)]
        let count = 51
        let fine = (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
        let result = try bls.power(periods: fine, durations: durations, objective: configuration.objective,
                                   oversample: max(oversample, 10), threads: 1,
                                   maximumDutyCycle: configuration.maximumDutyCycle)
        let i = result.bestIndex ?? 0
        return BLSPeriodogram(
            objective: result.objective, periods: [fine[i]], power: [result.power[i]], depth: [result.depth[i]],
            depthError: [result.depthError[i]], duration: [result.duration[i]],
            transitTime: [result.transitTime[i]], depthSNR: [result.depthSNR[i]],
            logLikelihood: [result.logLikelihood[i]])
    }

    /// Detrends the cleaned light curve again without the masked points, so the trend no longer
    /// dips into the transits found.
    mutating func redetrend() {
        guard detrending.detrender != .none else { return }
        let again = detrending.detrend(cleaned, mask: usable.map { !$0 }).flattened
        for i in flat.indices where usable[i] {
            if again.flux[i].isFinite { flat.flux[i] = again.flux[i] } else { usable[i] = false }
        }
    }

    /// Marks points within half the mask width of a reported signal's transit.
    mutating func markReported(_ ephemeris: Ephemeris) {
        for i in flat.indices where ephemeris.isInTransit(flat.time[i], widthInDurations: configuration.maskWidthInDurations) {
            reportedTransits[i] = true
        }
    }

    /// Marks points within half the mask width of a transit as unusable.
    mutating func mask(_ ephemeris: Ephemeris) {
        for i in flat.indices where usable[i] && ephemeris.isInTransit(flat.time[i], widthInDurations: configuration.maskWidthInDurations) {
            usable[i] = false
        }
    }
}
