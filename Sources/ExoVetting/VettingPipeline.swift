import ExoBasics
import ExoDiagnostics
import ExoClassifier
import ExoLightCurve
import ExoReport
import ExoSearch
import ExoViews
import Foundation

/// Reads, searches, views, classifies and judges the signals of one or many stars.
///
/// ```swift
/// let results = try VettingPipeline(configuration: VettingConfiguration()).vet(files: urls)
/// for star in results { for s in star.signals { print(star.target, s.signal.period, s.verdict) } }
/// ```
///
/// Files are grouped by star (mission and target identifier); the files of one star are stitched, one
/// product per stretch of time (``ProductSelection``; the others are listed in ``StarVetting/setAside``).
/// A star whose files cannot be read or searched gets a result with ``StarVetting/error`` and the
/// others go on.
public struct VettingPipeline: Sendable {
    /// The settings.
    public let configuration: VettingConfiguration
    /// The classifier, loaded once.
    private let model: VettingModel

    /// The version written into reports.
    public static let softwareVersion = "Exoscope \(version)"
    /// Exoscope's version number.
    public static let version = "0.1.0"

    /// Creates a pipeline and loads its classifier.
    ///
    /// - Throws: ``VettingError/modelUnavailable(reason:)`` when the model cannot be loaded.
    public init(configuration: VettingConfiguration = VettingConfiguration()) throws {
        self.configuration = configuration
        do {
            model = try configuration.model.load()
        } catch let error as VettingError {
            throw error
        } catch {
            throw VettingError.modelUnavailable(reason: "\(error)")
        }
    }

    /// Vets every star among `files`, in the order the stars first appear.
    ///
    /// - Parameter progress: called after each star with (stars done, stars in all).
    /// - Throws: ``VettingError/noFiles`` for an empty list; per-star problems go into the results.
    public func vet(files: [URL], progress: ((Int, Int) -> Void)? = nil) throws -> [StarVetting] {
        guard !files.isEmpty else { throw VettingError.noFiles }
        let stars = StarFiles.grouping(files) {
            try LightCurveReader.read(contentsOf: $0, flux: configuration.flux, quality: configuration.quality,
                                      columns: configuration.textColumns)
        }
        var results: [StarVetting] = []
        for star in stars {
            let paths = star.urls.map(\.path)
            do {
                let lightCurve = try star.lightCurve()
                results.append(try vet(lightCurve: lightCurve, files: star.urls.count == 1 ? paths : lightCurve.metadata.sources))
            } catch {
                let first = star.lightCurves.first?.metadata
                results.append(StarVetting(target: first.map { Self.targetName($0, fallback: paths[0]) } ?? star.urls[0].lastPathComponent,
                                           mission: first?.mission.rawValue ?? Mission.unknown.rawValue,
                                           timeReference: first.map(TimeReference.init), files: paths, signals: [],
                                           error: "\(error)"))
            }
            progress?(results.count, stars.count)
        }
        return results
    }

    /// Vets one star's light curve (already read and, for several files, stitched).
    ///
    /// - Parameter files: the paths it came from, for the output and the report.
    /// - Throws: ``SearchError`` when the light curve cannot be searched.
    public func vet(lightCurve: LightCurve, files: [String]) throws -> StarVetting {
        let input = Self.prepared(lightCurve)
        let search = try TransitSearch(configuration: configuration.search).run(on: input)
        let rules = VerdictRules(thresholds: configuration.thresholds)
        var vetted: [VettedSignal] = []
        var reports: [SignalReport] = []
        // The centroid test needs the pixels: only for a star read from one target pixel file, read once
        // for all its signals and lone transits (and not at all when it has none).
        let hasEvents = !search.signals.isEmpty || !search.singleTransits.isEmpty
        let pixels = hasEvents && files.count == 1 && lightCurve.metadata.product.contains("target pixel file")
            ? try? PixelTimeSeries.read(contentsOf: URL(fileURLWithPath: files[0])) : nil
        let ephemerides = search.signals.map(\.ephemeris)
        for (number, found) in search.signals.prefix(max(configuration.maxSignals, 0)).enumerated() {
            let input = classifierInput(found, flattened: search.flattened)
            let (signal, views, twicePeriod) = (input.signal, input.views, input.twicePeriod)
            let probabilities = try classify(input)
            let centroid = pixels.flatMap { CentroidOffset.measure($0, ephemeris: signal.ephemeris) }
            var evidence = SignalEvidence(period: signal.period, duration: signal.duration, depth: signal.depth,
                                          snr: signal.snr, diagnostics: signal.diagnostics)
            if twicePeriod?.isBinary == true { evidence.transitCount = signal.transitCount }  // primary eclipses
            evidence.centroid = centroid
            evidence.twicePeriod = twicePeriod
            evidence.outOfDomain = configuration.classifierDomain.reasons(
                period: signal.period, duration: signal.duration, snr: signal.snr,
                inTransitPoints: ClassifierDomain.inTransitPoints(time: search.flattened.time, ephemeris: signal.ephemeris))
            (evidence.pcProbability, evidence.ebProbability, evidence.junkProbability) = (probabilities.pc, probabilities.eb, probabilities.j)
            evidence.secondaryOverlapsSignal = found.diagnostics.secondary.phase.flatMap { phase in
                SecondaryOverlap.signal(overlappingSecondaryOf: number, secondaryPhase: phase,
                                        among: ephemerides,
                                        from: search.flattened.time.first ?? 0, to: search.flattened.time.last ?? 0)
            }
            if let other = SecondaryOverlap.samePeriodSignal(of: number, among: ephemerides),
               search.signals[other.index].depth > found.depth {
                evidence.samePeriodSignal = SignalEvidence.OtherSignal(
                    number: other.index + 1, depth: search.signals[other.index].depth, atOtherPhase: other.atOtherPhase,
                    isEclipsingBinary: vetted.indices.contains(other.index) && vetted[other.index].verdict == .eclipsingBinary)
            }
            evidence.secondaryOverlapsLoneTransit = found.diagnostics.secondary.phase.flatMap { phase in
                SecondaryOverlap.loneTransit(overlappingSecondaryOf: found.ephemeris, secondaryPhase: phase,
                                             events: search.singleTransits.map { ($0.epoch, $0.duration) })
                    .map { search.singleTransits[$0].epoch }
            }
            let decision = rules.decide(evidence)
            let flags = decision.flags
            var reasons = decision.reasons
            if views == nil { reasons.append("too few points to make the views: classifier not run") }
            let result = VettedSignal(signal: signal, probabilities: probabilities, verdict: decision.verdict,
                                      reasons: reasons, flags: flags, twicePeriod: twicePeriod, centroid: centroid)
            vetted.append(result)
            if configuration.keepsReportData {
                reports.append(ReportBuilder.signal(result, number: vetted.count, views: views,
                                                    flattened: search.flattened, configuration: configuration.views))
            }
        }
        let meta = lightCurve.metadata
        var star = StarVetting(target: Self.targetName(meta, fallback: files.first ?? "star"),
                               mission: meta.mission.rawValue, timeReference: TimeReference(meta), files: files,
                               setAside: meta.setAside,
                               signals: vetted,
                               singleTransits: Self.lone(search.singleTransits, apartFrom: vetted).map { event in
                                   pixels.map { Self.located(event, in: $0, rules: rules) } ?? event
                               })
        if configuration.keepsReportData {
            star.report = ReportBuilder.star(star, input: input, search: search, signals: reports,
                                             configuration: configuration, modelSummary: configuration.model.summary)
        }
        return star
    }

    /// The lone transits that are not transits or eclipses of a reported signal. An event within one
    /// duration of a signal's transit, or whose box overlaps it, is that signal's
    /// - when it is less than twice as deep (a binary found at half its period leaves its deeper primary
    ///   eclipses behind until the twice-the-period test reports it at its period), or
    /// - when the signal is an eclipsing binary, whose secondary eclipses count too: a short box fitted to
    ///   long eclipses after adaptive detrending reports a fraction of their depth (CW Eri: 9.5% against
    ///   27-30%), and a day-long box around CM Dra's secondary eclipses averages them to 0.4%.
    ///
    /// A much deeper event during a planet's transit is kept: Kepler-90 g transits during a transit of c.
    static func lone(_ events: [SingleTransit], apartFrom signals: [VettedSignal]) -> [SingleTransit] {
        events.filter { event in
            !signals.contains { vetted in
                let signal = vetted.signal
                guard signal.period > 0 else { return false }
                func near(_ epoch: Double) -> Bool {
                    let transit = Ephemeris(period: signal.period, epoch: epoch, duration: signal.duration)
                    return abs(transit.timeFromTransit(event.epoch)) < max(signal.duration, (signal.duration + event.duration) / 2)
                }
                if vetted.verdict == .eclipsingBinary {
                    // A binary's secondary eclipses are its own too (at twice the period: the other parity).
                    let phase = vetted.twicePeriod.flatMap { $0.isBinary ? $0.secondaryPhase : nil }
                        ?? signal.diagnostics.secondary.phase
                    return near(signal.epoch) || phase.map { near(signal.epoch + $0 * signal.period) } == true
                }
                return near(signal.epoch) && event.depth < 2 * signal.depth
            }
        }
    }

    /// `event` with its source position measured in `pixels` (``CentroidOffset/measure(_:loneTransitAt:duration:)``).
    /// An off-target source makes a lone planet candidate an eclipsing binary, as it does a periodic signal
    /// (``VerdictRules``): the reason comes first. An eclipsing binary or a not-transit-like event keeps its
    /// verdict and gains the flag; a planet candidate on the target gains the passed check.
    static func located(_ event: SingleTransit, in pixels: PixelTimeSeries, rules: VerdictRules) -> SingleTransit {
        guard let centroid = CentroidOffset.measure(pixels, loneTransitAt: event.epoch, duration: event.duration) else { return event }
        var located = event
        located.centroid = centroid
        if rules.thresholds.isOffTarget(centroid) {
            located.flags.append(.centroidOffset)
            if event.verdict == Verdict.planetCandidate.rawValue {
                located.verdict = Verdict.eclipsingBinary.rawValue
                located.reasons.insert(FlagReasons.offTarget(centroid), at: 0)
            } else {
                located.reasons.append(FlagReasons.offTarget(centroid))
            }
        } else if event.verdict == Verdict.planetCandidate.rawValue {
            located.reasons.append(FlagReasons.onTarget(centroid))
        }
        return located
    }

    /// `signal` as reported: at twice its period (the primary eclipse's epoch, depth and count) when
    /// `twice` finds it an eclipsing binary there, else unchanged.
    static func signal(_ signal: TransitSignal, at twice: TwicePeriod) -> TransitSignal {
        guard twice.isBinary else { return signal }
        var doubled = signal
        doubled.period = twice.period
        doubled.epoch = twice.epoch
        doubled.depth = twice.primaryDepth
        doubled.depthError = twice.primaryDepthError
        doubled.transitCount = twice.primaryEclipses
        doubled.transits = signal.transits.filter {
            doubled.ephemeris.isInTransit($0.epoch)  // the primary eclipses: every other transit
        }
        return doubled
    }

    /// What the classifier sees of each signal the search finds in `lightCurve` (at most
    /// ``VettingConfiguration/maxSignals``), made exactly as ``vet(lightCurve:files:)`` makes it:
    /// training records made from these (`exoscope dataset --simulated-per-kind`) match inference.
    ///
    /// - Throws: ``SearchError`` when the light curve cannot be searched.
    public func classifierInputs(lightCurve: LightCurve) throws -> [ClassifierInput] {
        let search = try TransitSearch(configuration: configuration.search).run(on: Self.prepared(lightCurve))
        return search.signals.prefix(max(configuration.maxSignals, 0)).map { classifierInput($0, flattened: search.flattened) }
    }

    /// A found signal as reported (at twice its period when the test finds a binary there), its views
    /// and its scalar features.
    private func classifierInput(_ found: TransitSignal, flattened: LightCurve) -> ClassifierInput {
        let twicePeriod = TwicePeriodTest.measure(found, flattened: flattened, limits: configuration.thresholds.twicePeriod)
        let signal = twicePeriod.map { Self.signal(found, at: $0) } ?? found
        let views = try? TransitViews.make(lightCurve: flattened, period: signal.period, epoch: signal.epoch,
                                           duration: signal.duration, configuration: configuration.views)
        let features = ScalarFeatures.fromSignal(period: signal.period, duration: signal.duration, signalToNoise: signal.snr,
                                                 oddEvenDepthChange: ScalarFeatures.depthChange(signal.diagnostics.oddEven))
        return ClassifierInput(signal: signal, twicePeriod: twicePeriod, views: views, features: features)
    }

    /// The classifier's probabilities; without views (too few points) a signal counts as junk.
    private func classify(_ input: ClassifierInput) throws -> ClassProbabilities {
        guard let views = input.views else { return ClassProbabilities(pc: 0, eb: 0, j: 1) }
        return try model.predict(views: views.viewSet, features: input.features)
    }

    /// The light curve the search is given: NaNs removed, normalised unless it already is.
    private static func prepared(_ lightCurve: LightCurve) -> LightCurve {
        lightCurve.metadata.isNormalized ? lightCurve.removingNaNs() : lightCurve.removingNaNs().normalized()
    }

    private static func targetName(_ meta: LightCurveMetadata, fallback: String) -> String {
        meta.targetID.isEmpty ? URL(fileURLWithPath: fallback).lastPathComponent : meta.targetID
    }
}
