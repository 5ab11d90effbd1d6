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
struct TransitPairing {
    let fitter: LocalTransitFitter
    let vetter: SingleTransitVetter
    let coverage: PeriodCoverage
    /// Trial durations of each transit's local fit.
    let durations: [Double]

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
        var fits: [LocalTransitFit] = []
        for t in ephemeris.transitTimes(from: first, to: last) {
            guard coverage.isCovered(t, duration: duration) else { continue }
            // Each transit's own epoch and duration (one box refinement: half to twice the signal's
            // duration; no trapezoid, which on a few-cadence transit wanders to a neighbouring wiggle).
            guard let fit = fitter.fit(epoch: t, duration: duration, beta: { _ in beta }, durations: durations, iterations: 1,
                                       fitsTrapezoid: false),
                  fit.boxCoverage >= 0.6, fit.flankCoverage >= 0.6 else { continue }
            fits.append(fit)
            if fits.count > 3 { return .periodic(aliases: nil) }
        }
        guard fits.count >= 2 else { return .periodic(aliases: nil) }
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
}
