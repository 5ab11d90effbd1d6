import ExoBasics
import Foundation

/// The pairing rule for periodic detections with few transits: two or three transits make a
/// periodic signal only when they agree in depth, duration and shape within their errors
/// (``SingleTransitVetter/agree(_:_:)``, each transit fitted on its own with one local refinement
/// of epoch and duration; transits at gaps and edges are not compared);
/// otherwise each is left to the single-transit search.
/// Two agreeing transits whose separation `Δt` allows more periods `Δt/n` than `Δt` and `Δt/2` are a
/// duo, also left to the single-transit search, which lists those periods (e.g. two TESS sectors a
/// year apart). When only `Δt/2` competes, one transit in a data gap (TESS's mid-sector downlink)
/// would make it: the detection stays a periodic signal at the search's period, the usual reading of
/// a two-transit signal.
///
/// Transits deeper on average than a planet's (``SingleTransitVetter/Limits/binaryDepth``), and
/// transits whose odd and even ones differ while each parity agrees within itself
/// (``alternates(_:odd:)``), stay a periodic signal, for the vetting to judge as a binary.
///
/// Up to four transits, every transit must also show a dip: one that, measured at the signal's
/// ephemeris, is less than half as deep as the other transits' mean, `missingDipSigma` below it and
/// not `missingDipSigma` deep on its own means a period that divides the true one (Kepler-90 Q3:
/// d's two transits and e's lone transit made a 19.9-day "signal" whose fourth transit was flat).
struct TransitPairing {
    /// Fits each transit; its excluded points are the transits of the signals reported so far.
    var fitter: LocalTransitFitter
    let vetter: SingleTransitVetter
    let coverage: PeriodCoverage
    /// Trial durations of each transit's local fit.
    let durations: [Double]
    /// The most transits the rule checks.
    static let maximumTransits = 4
    /// A transit breaks the signal when it lies this many σ below the other transits' mean depth and
    /// is shallower than this share of it.
    static let missingDipSigma = 4.0
    static let missingDipFraction = 0.5

    /// What the rule makes of a detection.
    enum Judgement: Equatable {
        /// A periodic signal. For two transits, `aliases` lists the periods `Δt` and `Δt/2` the data
        /// allow when both do (nil otherwise).
        case periodic(aliases: [Double]?)
        /// Single events, for this reason.
        case singleEvents(String)
    }

    /// Whether the detection is a periodic signal.
    func judge(_ ephemeris: Ephemeris, beta: Double) -> Judgement {
        guard let first = coverage.time.first, let last = coverage.time.last, ephemeris.period > 0 else { return .periodic(aliases: nil) }
        let duration = ephemeris.duration
        if let flat = flatTransit(ephemeris, beta: beta, from: first, to: last) { return .singleEvents(flat) }
        var fits: [LocalTransitFit] = [], odd: [Bool] = []
        for t in ephemeris.transitTimes(from: first, to: last) {
            guard coverage.isCovered(t, duration: duration) else { continue }
            // Each transit's own epoch and duration (one box refinement: half to twice the signal's
            // duration; no trapezoid, which on a few-cadence transit wanders to a neighbouring wiggle).
            guard let fit = fitter.fit(epoch: t, duration: duration, beta: { _ in beta }, durations: durations, iterations: 1,
                                       fitsTrapezoid: false),
                  fit.boxCoverage >= vetter.limits.minimumCoverage, fit.flankCoverage >= vetter.limits.minimumCoverage else { continue }
            fits.append(fit)
            odd.append(Int(((t - ephemeris.epoch) / ephemeris.period).rounded()) & 1 == 1)
            if fits.count > 3 { return .periodic(aliases: nil) }
        }
        guard fits.count >= 2 else { return .periodic(aliases: nil) }
        // Eclipses deeper than any planet's transit are a binary's whatever their depths: partial
        // coverage and gaps move the depth of a 40% eclipse by a quarter, and splitting them into
        // lone events lost the binary (its secondaries then listed as lone planet candidates).
        if Self.weightedMeanDepth(fits).mean > vetter.limits.binaryDepth { return .periodic(aliases: nil) }
        if alternates(fits, odd: odd) { return .periodic(aliases: nil) }
        for i in fits.indices {
            for j in fits.indices where j > i && !vetter.agree(fits[i], fits[j]) {
                let depths = fits.map { String(Int(($0.depth * 1e6).rounded())) }.joined(separator: ", ")
                let hours = fits.map { String(format: "%.1f", $0.transitDuration * 24) }.joined(separator: ", ")
                return .singleEvents("\(fits.count) transits disagree (depths \(depths) ppm, durations \(hours) h): single events")
            }
        }
        guard fits.count == 2 else { return .periodic(aliases: nil) }
        let aliases = coverage.aliases(first: fits[0].epoch, second: fits[1].epoch, duration: duration, minimum: 2 * duration)
        if aliases.count > 2 { return .singleEvents("duo: 2 transits allow \(aliases.count) periods Δt/n") }
        return .periodic(aliases: aliases.count == 2 ? aliases : nil)
    }

    /// Whether the transits are a binary's alternating eclipses: odd and even transits disagree, but
    /// each parity agrees within itself and one parity has two or more (a diluted binary's primaries
    /// and secondaries found at half its period; the twice-the-period check then measures both).
    /// One transit of each parity proves nothing (Kepler-90 g and h, two unrelated lone transits).
    func alternates(_ fits: [LocalTransitFit], odd: [Bool]) -> Bool {
        let groups = [fits.indices.filter { odd[$0] }, fits.indices.filter { !odd[$0] }]
        guard groups.allSatisfy({ !$0.isEmpty }), groups.contains(where: { $0.count >= 2 }) else { return false }
        for group in groups {
            for i in group { for j in group where j > i && !vetter.agree(fits[i], fits[j]) { return false } }
        }
        return true
    }

    /// The inverse-variance weighted mean depth of `fits` (each with a positive depth error) and its error.
    static func weightedMeanDepth(_ fits: [LocalTransitFit]) -> (mean: Double, error: Double) {
        let weights = fits.map { 1 / max($0.depthError * $0.depthError, 1e-300) }
        let total = weights.reduce(0, +)
        return (zip(fits, weights).map { $0.depth * $1 }.reduce(0, +) / total, 1 / total.squareRoot())
    }

    /// The reason the signal is no periodic signal when one of its 3-4 covered transits, each
    /// measured at the ephemeris (no refinement), is much shallower than the others' mean depth
    /// says it should be; nil otherwise.
    func flatTransit(_ ephemeris: Ephemeris, beta: Double, from first: Double, to last: Double) -> String? {
        let fits = ephemeris.transitTimes(from: first, to: last).compactMap { t -> LocalTransitFit? in
            guard coverage.isCovered(t, duration: ephemeris.duration),
                  let fit = fitter.fit(epoch: t, duration: ephemeris.duration, beta: { _ in beta }),
                  fit.boxCoverage >= vetter.limits.minimumCoverage, fit.flankCoverage >= vetter.limits.minimumCoverage,
                  fit.depthError > 0 else { return nil }
            return fit
        }
        guard fits.count >= 3, fits.count <= Self.maximumTransits else { return nil }
        for (i, fit) in fits.enumerated() {
            let others = fits.indices.filter { $0 != i }.map { fits[$0] }
            let (mean, meanError) = Self.weightedMeanDepth(others)
            let gap = (mean - fit.depth) / (fit.depthError * fit.depthError + meanError * meanError).squareRoot()
            // A dip significant on its own is a dip (a binary's secondary eclipse found at half its
            // period: 19,088 ± 70 ppm against primaries of 59,177), for `alternates` to judge.
            if gap > Self.missingDipSigma, fit.depth < Self.missingDipFraction * mean, fit.depth < Self.missingDipSigma * fit.depthError {
                return String(format: "the transit at %.3f has almost no dip (%d ± %d ppm against %d ppm of the other %d): not a periodic signal",
                              fit.epoch, Int((fit.depth * 1e6).rounded()), Int((fit.depthError * 1e6).rounded()),
                              Int((mean * 1e6).rounded()), others.count)
            }
        }
        return nil
    }
}
