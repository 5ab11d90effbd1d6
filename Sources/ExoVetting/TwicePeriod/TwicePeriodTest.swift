import ExoBasics
import ExoDiagnostics
import ExoLightCurve
import ExoSearch
import Foundation

/// Tests whether a signal is an eclipsing binary found at half its period: its primary and secondary
/// eclipses folded on top of each other. Runs after the search on the flattened light curve, for
/// every signal; ``TwicePeriod`` holds what it measured.
///
/// At twice the period P the even-numbered events (k = 0, 2, …) and the odd-numbered ones are two
/// different eclipses. The deeper parity is the primary; the other is the secondary, whose phase is
/// measured by sliding a box of the signal's duration up to one duration either side of phase 0.5.
/// The signal is a binary at 2P when both eclipses are significant (each ≥ ``TwicePeriodLimits/eclipseSigma``)
/// and seen at least twice each (one event could be another planet's transit), and either
/// - the depths differ: by at least ``TwicePeriodLimits/depthDifferenceSigma`` sigma (the search's odd/even
///   errors, which include the transit-to-transit scatter and the red-noise factor) and by at least
///   ``TwicePeriodLimits/relativeDepthDifference`` of the primary depth, or
/// - the eclipses are alike but too deep for a planet (depth above ``TwicePeriodLimits/planetDepth``) and no
///   eclipse of at least ``TwicePeriodLimits/secondaryRelativeDepth`` of the depth lies between them: a
///   star's companion deep enough to hide that much light shows its own eclipse, so two equal deep
///   eclipses per 2P are the two stars of a twin binary.
public enum TwicePeriodTest {
    /// The measurement at twice the period of `signal`, on the light curve it was found in (nil when
    /// one of the two eclipses has no data).
    public static func measure(_ signal: TransitSignal, flattened: LightCurve,
                               limits: TwicePeriodLimits = TwicePeriodLimits()) -> TwicePeriod? {
        let oddEven = signal.diagnostics.oddEven
        guard signal.period > 0, signal.duration > 0,
              let odd = oddEven.oddDepth, let oddError = oddEven.oddDepthError,
              let even = oddEven.evenDepth, let evenError = oddEven.evenDepthError else { return nil }
        let p = signal.period
        let ephemeris = Ephemeris(period: p, epoch: signal.epoch, duration: signal.duration)
        // Events with in-transit data, by parity.
        var events: Set<Int> = []
        var outside: [Double] = []
        for (t, f) in zip(flattened.time, flattened.flux) where t.isFinite && f.isFinite {
            if ephemeris.isInTransit(t) {
                events.insert(ephemeris.transitNumber(at: t))
            } else if !ephemeris.isInTransit(t, widthInDurations: 2) {
                outside.append(f)
            }
        }
        let evenIsPrimary = even >= odd
        let primaryParity = evenIsPrimary ? 0 : 1
        let primaryEvents = events.filter { (($0 % 2) + 2) % 2 == primaryParity }.count
        let secondaryEvents = events.count - primaryEvents
        guard primaryEvents > 0, secondaryEvents > 0 else { return nil }
        let epoch = signal.epoch + (evenIsPrimary ? 0 : p)
        let baseline = RobustStatistics.median(outside)

        // The secondary's phase: the deepest box of the duration within one duration of phase 0.5.
        var bestShift = 0.0, bestDepth = -Double.infinity
        let steps = 16
        for step in -steps...steps {
            let shift = Double(step) / Double(steps) * signal.duration
            let secondary = Ephemeris(period: 2 * p, epoch: epoch + p + shift, duration: signal.duration)
            var sum = 0.0, n = 0
            for (t, f) in zip(flattened.time, flattened.flux) where t.isFinite && f.isFinite && secondary.isInTransit(t) {
                sum += f
                n += 1
            }
            guard n > 0 else { continue }
            let depth = baseline - sum / Double(n)
            if depth > bestDepth || (depth == bestDepth && abs(shift) < abs(bestShift)) {
                bestDepth = depth
                bestShift = shift
            }
        }

        var result = TwicePeriod(
            period: 2 * p, epoch: epoch,
            primaryDepth: evenIsPrimary ? even : odd, primaryDepthError: evenIsPrimary ? evenError : oddError,
            secondaryDepth: evenIsPrimary ? odd : even, secondaryDepthError: evenIsPrimary ? oddError : evenError,
            secondaryPhase: 0.5 + bestShift / (2 * p), depthDifferenceSigma: oddEven.sigma ?? 0,
            primaryEclipses: primaryEvents, secondaryEclipses: secondaryEvents, isBinary: false, reason: nil)
        result.reason = reason(result, signal: signal, limits: limits)
        result.isBinary = result.reason != nil
        return result
    }

    /// Why the signal is a binary at 2P, or nil when it is not.
    private static func reason(_ m: TwicePeriod, signal: TransitSignal, limits: TwicePeriodLimits) -> String? {
        guard m.primaryEclipses >= 2, m.secondaryEclipses >= 2, m.primaryDepth > 0,
              m.primaryDepth >= limits.eclipseSigma * m.primaryDepthError,
              m.secondaryDepth >= limits.eclipseSigma * m.secondaryDepthError else { return nil }
        let both = "at twice the period (\(f(m.period, 4)) d) the primary eclipse is \(ppm(m.primaryDepth)) deep "
            + "and the secondary \(ppm(m.secondaryDepth)) at phase \(f(m.secondaryPhase, 3))"
        let difference = (m.primaryDepth - m.secondaryDepth) / m.primaryDepth
        if m.depthDifferenceSigma >= limits.depthDifferenceSigma, difference >= limits.relativeDepthDifference {
            return both + ": the depths differ by \(f(m.depthDifferenceSigma, 1)) sigma "
                + "(\(f(100 * difference, 0))%), an eclipsing binary's two eclipses"
        }
        let secondary = signal.diagnostics.secondary
        let eclipseBetween = (secondary.significance ?? 0) >= limits.eclipseSigma
            && (secondary.depth ?? 0) >= limits.secondaryRelativeDepth * signal.depth
        if signal.depth > limits.planetDepth, !eclipseBetween {
            return both + ": two alike eclipses deeper than a planet's (\(f(100 * signal.depth, 1))%) with none "
                + "between them, the two stars of a twin binary"
        }
        return nil
    }

    private static func ppm(_ depth: Double) -> String {
        depth >= 0.01 ? "\(f(100 * depth, 1))%" : "\(f(depth * 1e6, 0)) ppm"
    }

    private static func f(_ value: Double, _ decimals: Int) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "n/a"
    }
}
