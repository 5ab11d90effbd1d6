import ExoDiagnostics
import ExoLightCurve

/// The AstroNet views of one threshold-crossing event: global, local, secondary, odd and even.
///
/// Every view is the median-binned folded light curve shifted and scaled to median 0 and
/// minimum -1 (the odd and even views use the local view's median and scale, so their depths
/// compare). The light curve must already be detrended (flux ~1 out of transit).
///
/// ```swift
/// let views = try TransitViews.make(lightCurve: flat, period: 3.2887, epoch: 1327.52, duration: 0.142)
/// let input = views.viewSet   // global 201, local 61, secondary 61
/// ```
public struct TransitViews: Sendable {
    /// Global view (whole orbit, transit at the centre).
    public var global: [Float]
    /// Local view (± a few durations around the transit).
    public var local: [Float]
    /// Secondary view (± a few durations around ``secondary``'s phase).
    public var secondaryView: [Float]
    /// Local view of the even-numbered transits.
    public var even: [Float]
    /// Local view of the odd-numbered transits.
    public var odd: [Float]
    /// The secondary-eclipse candidate the secondary view is centred on, nil if none was found
    /// (the view is then centred half a period from the transit).
    public var secondary: SecondaryEclipseSearch.Result?
    /// The binned points behind the global, local and secondary views, for plots.
    public var binnedGlobal: BinnedSeries
    /// Binned local points.
    public var binnedLocal: BinnedSeries
    /// Binned secondary points.
    public var binnedSecondary: BinnedSeries

    /// The three views a classifier reads.
    public var viewSet: TransitViewSet { TransitViewSet(global: global, local: local, secondary: secondaryView) }

    /// Makes the views of the transit at `epoch` with `period` and `duration` (days, in the
    /// light curve's time system).
    ///
    /// - Throws: ``ViewsError`` for a non-positive period or duration, or fewer than 10 finite points.
    public static func make(lightCurve: LightCurve, period: Double, epoch: Double, duration: Double,
                            configuration: ViewConfiguration = .tess) throws -> TransitViews {
        try configuration.validate()
        guard period > 0, period.isFinite, duration > 0, duration.isFinite, epoch.isFinite else {
            throw ViewsError.invalidEphemeris("period and duration must be positive and epoch finite, got period \(period), epoch \(epoch), duration \(duration)")
        }
        let folded = lightCurve.folded(period: period, epoch: epoch)
        guard folded.count >= 10 else {
            throw ViewsError.tooFewPoints(source: lightCurve.metadata.sources.first ?? lightCurve.metadata.targetID, count: folded.count)
        }
        let c = configuration
        let fill = c.emptyBinFill
        let globalBinner = MedianBinner(binCount: c.globalBins, binWidth: c.globalWidthPeriods * period / Double(c.globalBins),
                                        xMin: -period / 2, xMax: period / 2, fill: fill)
        let localHalf = min(period / 2, c.localHalfSpanDurations * duration)
        let localBinner = MedianBinner(binCount: c.localBins, binWidth: c.localBinWidthDurations * duration,
                                       xMin: -localHalf, xMax: localHalf, fill: fill)
        let binnedGlobal = globalBinner.bin(x: folded.phase, y: folded.flux)
        let binnedLocal = localBinner.bin(x: folded.phase, y: folded.flux)

        let secondary = SecondaryEclipseSearch.strongest(in: folded, duration: duration, exclusion: c.secondaryExclusionDurations)
        let secondaryPhase = secondary?.phase ?? -period / 2
        let refolded = folded.recentred(on: secondaryPhase, excludingTransitOfDuration: duration)
        let secondaryHalf = min(period / 2, c.secondaryHalfSpanDurations * duration)
        let secondaryBinner = MedianBinner(binCount: c.secondaryBins, binWidth: c.secondaryBinWidthDurations * duration,
                                           xMin: -secondaryHalf, xMax: secondaryHalf, fill: fill)
        let binnedSecondary = secondaryBinner.bin(x: refolded.phase, y: refolded.flux)

        let localScale = binnedLocal.normalization
        let evenPoints = folded.parity(even: true), oddPoints = folded.parity(even: false)
        let even = localBinner.bin(x: evenPoints.phase, y: evenPoints.flux).normalized(reference: localScale)
        let odd = localBinner.bin(x: oddPoints.phase, y: oddPoints.flux).normalized(reference: localScale)
        return TransitViews(
            global: binnedGlobal.normalized(), local: binnedLocal.normalized(localScale),
            secondaryView: binnedSecondary.normalized(), even: even.map { $0.isNaN ? 0 : $0 },
            odd: odd.map { $0.isNaN ? 0 : $0 }, secondary: secondary,
            binnedGlobal: binnedGlobal, binnedLocal: binnedLocal, binnedSecondary: binnedSecondary)
    }
}

extension FoldedLightCurve {
    /// The points more than the TESS set's transit mask from the transit, with phases measured from
    /// `centre` (days) and wrapped into [-period/2, period/2), sorted: the points of the secondary view.
    ///
    /// The mask follows the code that made the TESS vetting set (Yu et al. 2019, `find_secondary`):
    /// a point is dropped when it lies within half a duration (periods under 1 day) or one duration
    /// (longer periods) of the transit centre, or within 0.1 period of it. Without the mask, a secondary
    /// candidate near the transit (short periods) puts the primary transit itself into the secondary view.
    func recentred(on centre: Double, excludingTransitOfDuration duration: Double) -> FoldedLightCurve {
        let maskHalfWidth = max((period < 1 ? 0.5 : 1) * duration, 0.1 * period)
        let half = period / 2
        var points: [(Double, Double, Int)] = []
        points.reserveCapacity(count)
        for i in 0..<count where abs(phase[i]) > maskHalfWidth {
            var shifted = (phase[i] - centre + half).truncatingRemainder(dividingBy: period)
            if shifted < 0 { shifted += period }
            points.append((shifted - half, flux[i], cycle[i]))
        }
        points.sort { $0.0 < $1.0 }
        return FoldedLightCurve(phase: points.map(\.0), flux: points.map(\.1), cycle: points.map(\.2),
                                period: period, epoch: epoch + centre)
    }
}

private extension BinnedSeries {
    func normalized(_ reference: (median: Double, scale: Double)) -> [Float] { normalized(reference: reference) }
}
