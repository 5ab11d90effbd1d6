import ExoBasics
import ExoLightCurve
import ExoReport
import ExoSearch
import ExoViews
import Foundation

/// Turns a vetting's intermediate results into the report's plain data.
enum ReportBuilder {
    /// The report data of one star.
    static func star(_ star: StarVetting, input: LightCurve, search: TransitSearchResult, signals: [SignalReport],
                     configuration: VettingConfiguration, modelSummary: String) -> StarReport {
        let periodogram = search.periodogram.periods.isEmpty ? nil : PeriodogramSeries(
            period: search.periodogram.periods, power: search.periodogram.sde,
            powerLabel: "BLS SDE spectrum", peaks: star.signals.map(\.signal.period))
        var report = StarReport(
            target: star.target, mission: star.mission, timeLabel: CurveSeries.timeLabel(for: input.metadata),
            rawCurve: CurveSeries(input), trend: CurveSeries(time: search.flattened.time, value: search.trend),
            detrendedCurve: CurveSeries(search.flattened), periodogram: periodogram, signals: signals,
            provenance: provenance(files: star.files, configuration: configuration, modelSummary: modelSummary,
                                   durations: search.durations, periodCount: search.periodogram.periods.count,
                                   sdeThresholds: (search.sdeThreshold, search.companionSDEThreshold),
                                   product: input.metadata.product))
        report.singleTransitWindows = star.singleTransits.map { event in
            window(around: event.epoch, of: event.duration, depth: event.depth, in: search.flattened,
                   title: String(format: "%.3f, %.0f ppm", event.epoch, event.depth * 1e6))
        }
        return report
    }

    /// The report data of one signal: its numbers, verdict and folded views.
    static func signal(_ vetted: VettedSignal, number: Int, views: TransitViews?, flattened: LightCurve,
                       configuration: ViewConfiguration) -> SignalReport {
        let s = vetted.signal
        var report = SignalReport(
            number: number, period: s.period, epoch: s.epoch, duration: s.duration, depth: s.depth,
            depthError: s.depthError, snr: s.snr, sde: s.sde, transitCount: s.transitCount,
            planetProbability: vetted.probabilities.pc,
            classProbabilities: ["PC": vetted.probabilities.pc, "EB": vetted.probabilities.eb, "J": vetted.probabilities.j],
            verdict: vetted.verdict.rawValue, reasons: vetted.reasons, flags: vetted.flags.map(\.rawValue),
            oddEvenSigma: s.diagnostics.oddEven.sigma)
        // The depth levels are measured at the search's period: drawn only when the views are folded on it
        // (a binary reported at twice the period has its odd/even views at that period, both primaries).
        if vetted.twicePeriod?.isBinary != true {
            let oddEven = s.diagnostics.oddEven
            (report.oddDepth, report.oddDepthError) = (oddEven.oddDepth, oddEven.oddDepthError)
            (report.evenDepth, report.evenDepthError) = (oddEven.evenDepth, oddEven.evenDepthError)
        }
        let observed = s.transits.filter(\.inData)
        report.transitWindows = observed.prefix(transitWindowLimit).map { transit in
            window(around: transit.epoch, of: s.duration, depth: s.depth, in: flattened,
                   title: String(format: "%.3f (%d points)", transit.epoch, transit.points))
        }
        report.transitWindowsLeftOut = max(observed.count - transitWindowLimit, 0)
        report.centroid = vetted.centroid.map {
            CentroidPanel(outOfTransitImage: $0.outOfTransitImage, differenceImage: $0.differenceImage, width: $0.imageWidth,
                          differenceCentroid: $0.differenceCentroid, outOfTransitCentroid: $0.outOfTransitCentroid,
                          offsetPixels: $0.offsetPixels, offsetArcsec: $0.offsetArcsec, significance: $0.significance)
        }
        guard let views else { return report }
        let folded = flattened.folded(period: s.period, epoch: s.epoch)
        let scatter = robustSigma(folded.flux)
        let localHalf = min(s.period / 2, configuration.localHalfSpanDurations * s.duration)
        report.panels.append(panel("Global view", xLabel: "Phase (days from transit)", folded: folded,
                                   binned: views.binnedGlobal, sigma: scatter, xScale: 1, halfSpan: s.period))
        report.panels.append(panel("Local view", xLabel: "Time from mid-transit (hours)", folded: folded,
                                   binned: views.binnedLocal, sigma: scatter, xScale: 24, halfSpan: localHalf))
        let secondaryPhase = views.secondary?.phase ?? -s.period / 2
        // The secondary view leaves out the primary transits, which would otherwise show as grey points.
        let refolded = flattened.filtered { !s.ephemeris.isInTransit(flattened.time[$0], widthInDurations: 2) }
            .folded(period: s.period, epoch: s.epoch + secondaryPhase)
        let secondaryHalf = min(s.period / 2, configuration.secondaryHalfSpanDurations * s.duration)
        let phaseText = String(format: "%.2f", (secondaryPhase / s.period + 1).truncatingRemainder(dividingBy: 1))
        report.panels.append(panel("Secondary view (phase \(phaseText))", xLabel: "Time from secondary (hours)",
                                   folded: refolded, binned: views.binnedSecondary, sigma: scatter, xScale: 24,
                                   halfSpan: secondaryHalf))
        let (median, scale) = views.binnedLocal.normalization
        let hours = views.binnedLocal.centers.map { $0 * 24 }
        report.odd = BinnedPoints(x: hours, y: views.odd.map { Double($0) * scale + median })
        report.even = BinnedPoints(x: hours, y: views.even.map { Double($0) * scale + median })
        return report
    }

    /// Transit windows drawn per signal; the rest are counted.
    static let transitWindowLimit = 24

    /// The detrended flux within 2.5 durations (at least 3 hours) of `mid` and the box model of `depth`.
    static func window(around mid: Double, of duration: Double, depth: Double, in flattened: LightCurve,
                       title: String) -> TransitWindow {
        let half = max(2.5 * duration, 0.125)
        var hours: [Double] = [], flux: [Double] = []
        for (t, f) in zip(flattened.time, flattened.flux) where abs(t - mid) <= half {
            hours.append((t - mid) * 24)
            flux.append(f)
        }
        return TransitWindow(title: title, hours: hours, flux: flux, modelDepth: depth, modelDurationHours: duration * 24)
    }

    private static func panel(_ title: String, xLabel: String, folded: FoldedLightCurve, binned: BinnedSeries,
                              sigma: Double, xScale: Double, halfSpan: Double) -> FoldedPanel {
        var x: [Double] = [], y: [Double] = []
        for i in 0..<folded.count where abs(folded.phase[i]) <= halfSpan {
            x.append(folded.phase[i] * xScale)
            y.append(folded.flux[i])
        }
        let errors = binned.counts.map { $0 > 0 ? sigma / Double($0).squareRoot() : Double.nan }
        return FoldedPanel(title: title, xLabel: xLabel, yLabel: "Detrended flux", points: BinnedPoints(x: x, y: y),
                           binned: BinnedPoints(x: binned.centers.map { $0 * xScale }, y: binned.values, error: errors))
    }

    /// 1.4826 × the median absolute deviation of the finite values.
    private static func robustSigma(_ values: [Double]) -> Double {
        let finite = values.filter(\.isFinite)
        return RobustStatistics.standardDeviation(finite)
    }

    private static func provenance(files: [String], configuration c: VettingConfiguration, modelSummary: String,
                                   durations: [Double], periodCount: Int, sdeThresholds: (first: Double, companion: Double),
                                   product: String) -> Provenance {
        let records = files.map { path in
            Provenance.FileRecord(path: path, bytes: (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int)
        }
        let s = c.search
        let detrender: String = switch s.detrender {
        case nil: "biweight, window 3x the longest duration (at least 0.5 d)"
        case .some(.biweight(let window)): "biweight, window \(window) d"
        case .some(.spline): "penalised spline (BIC)"
        case .some(.none): "none"
        }
        let durationText = durations.isEmpty ? "auto"
            : String(format: "%d from %.3f to %.3f d", durations.count, durations.min() ?? 0, durations.max() ?? 0)
        let settings: [(String, String)] = [
            // A target pixel file has no flux column: its light curve is summed from the pixels.
            ("flux column", product.contains("target pixel file") ? "none: the sum of the aperture's pixels (\(product))"
                : c.flux.rawValue), ("quality mask", c.quality.rawValue), ("detrender", detrender),
            ("upward clipping", "\(s.clipSigma) sigma"), ("period grid", "\(s.grid.rawValue), \(periodCount) periods"),
            ("periods", "\(s.minimumPeriod) d to \(s.maximumPeriod.map { "\($0) d" } ?? "half the baseline")"),
            ("durations", durationText), ("SDE threshold", s.sdeThreshold.map { "\($0)" }
                ?? String(format: "%.2f (default for %d periods), %.2f after a signal", sdeThresholds.first, periodCount,
                          sdeThresholds.companion)), ("max signals", "\(s.maxSignals)"),
            ("views", "global \(c.views.globalBins), local \(c.views.localBins), secondary \(c.views.secondaryBins)"),
            ("model", modelSummary),
            ("planet probability threshold", "\(c.thresholds.planetProbability)"),
        ]
        let formatter = ISO8601DateFormatter()
        return Provenance(software: VettingPipeline.softwareVersion, generated: formatter.string(from: Date()),
                          files: records, settings: settings.map { Provenance.Setting(name: $0.0, value: $0.1) })
    }
}
