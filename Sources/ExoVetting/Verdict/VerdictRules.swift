import ExoDiagnostics
import Foundation

/// Combines the classifier's output with the diagnostics into a verdict with its reasons.
///
/// Order of the rules:
/// 1. Not transit-like if the signal is too weak (SNR), a single event, or too long for its period.
/// 2. Eclipsing binary if the depth needs a companion larger than a planet (physics, whatever the classifier says).
/// 3. Not transit-like if the classifier finds variability or instrumental noise more likely than a transit or
///    eclipse (P(J) > 0.5): the binary diagnostics below assume a real eclipse, and spots or pulsations fake them.
/// 4. Eclipsing binary if there is a significant secondary eclipse a sizeable fraction of the primary (unless
///    another signal's transits fall there: in a multi-planet system the "secondary" is the other planet),
///    odd and even depths differ, the centroid moves during transit to a source off the target (pixel files),
///    or the eclipse is V-shaped and deep.
/// 5. Otherwise the classifier decides: planet candidate if P(PC) ≥ 0.5, else the likelier of EB and junk.
public struct VerdictRules: Sendable {
    /// The limits applied.
    public var thresholds: DiagnosticThresholds

    /// Rules with `thresholds`.
    public init(thresholds: DiagnosticThresholds = DiagnosticThresholds()) {
        self.thresholds = thresholds
    }

    /// The verdict for `evidence`, the reasons for it (sentences) and diagnostic flags (short names).
    public func decide(_ evidence: SignalEvidence) -> (verdict: Verdict, reasons: [String], flags: [String]) {
        let t = thresholds
        var flags: [String] = []
        var notTransit: [String] = []
        var binary: [String] = []

        if !(evidence.snr >= t.minimumSNR) {
            flags.append("low_snr")
            notTransit.append("SNR \(f(evidence.snr, 1)) is below \(f(t.minimumSNR, 1))")
        }
        if evidence.transitCount < t.minimumTransits {
            flags.append("single_event")
            notTransit.append("only \(evidence.transitCount) transit(s) with data: the period is not measured")
        }
        if evidence.period > 0, evidence.duration / evidence.period > t.maximumDurationFraction {
            flags.append("duration_too_long")
            notTransit.append("duration is \(f(100 * evidence.duration / evidence.period, 0))% of the period "
                + "(limit \(f(100 * t.maximumDurationFraction, 0))%)")
        } else if let maximum = evidence.maximumPlanetDuration, maximum > 0,
                  evidence.duration / maximum > t.maximumDurationRatio {
            flags.append("duration_too_long")
            notTransit.append("duration \(f(evidence.duration * 24, 1)) h is \(f(evidence.duration / maximum, 1))x "
                + "the longest central transit of a Sun-like star at this period (\(f(maximum * 24, 1)) h)")
        }

        var tooDeep: [String] = []
        if evidence.depth > t.maximumPlanetDepth {
            flags.append("too_deep")
            tooDeep.append("depth \(f(100 * evidence.depth, 1))% needs a companion of Rp/R* "
                + "\(f(evidence.depth.squareRoot(), 2)): larger than a planet")
        }
        if let sigma = evidence.secondarySigma, let depth = evidence.secondaryDepth, sigma >= t.secondarySigma,
           evidence.depth > 0, depth / evidence.depth >= t.secondaryRelativeDepth,
           let other = evidence.secondaryOverlapsSignal {
            flags.append("secondary_is_signal_\(other)")
        } else if let sigma = evidence.secondarySigma, let depth = evidence.secondaryDepth, sigma >= t.secondarySigma,
           evidence.depth > 0, depth / evidence.depth >= t.secondaryRelativeDepth {
            flags.append("secondary_eclipse")
            let phase = evidence.secondaryPhase.map { " at phase \(f($0, 2))" } ?? ""
            binary.append("secondary eclipse\(phase), \(f(sigma, 1)) sigma, depth \(f(depth * 1e6, 0)) ppm "
                + "(\(f(100 * depth / evidence.depth, 0))% of the primary)")
        }
        if let sigma = evidence.oddEvenSigma, sigma >= t.oddEvenSigma {
            flags.append("odd_even")
            binary.append("odd and even transit depths differ by \(f(sigma, 1)) sigma")
        }
        if let centroid = evidence.centroid, centroid.significance >= t.centroidSigma,
           centroid.offsetPixels >= t.centroidOffsetPixels {
            flags.append("centroid_offset")
            binary.append("the difference image puts the transit source \(f(centroid.offsetPixels, 2)) pixels "
                + "(\(f(centroid.significance, 1)) sigma) from the target: a blended background binary")
        }
        if let v = evidence.vShape, v >= t.vShape, evidence.depth > t.vShapeDepth, tooDeep.isEmpty {
            flags.append("v_shaped")
            binary.append("V-shaped eclipse (index \(f(v, 2))) with depth \(f(100 * evidence.depth, 1))%")
        }

        let classifier = "classifier: P(PC) \(f(evidence.pcProbability, 2)), P(EB) \(f(evidence.ebProbability, 2)), "
            + "P(J) \(f(evidence.junkProbability, 2))"
        if !notTransit.isEmpty { return (.notTransitLike, notTransit + [classifier], flags) }
        if !tooDeep.isEmpty { return (.eclipsingBinary, tooDeep + binary + [classifier], flags) }
        if evidence.junkProbability > t.junkProbability {
            flags.append("classifier_junk")
            return (.notTransitLike, [classifier + ": variability or instrumental noise is more likely than a transit"]
                + binary.map { "not counted as binary evidence: " + $0 }, flags)
        }
        if !binary.isEmpty { return (.eclipsingBinary, binary + [classifier], flags) }
        if evidence.pcProbability >= t.planetProbability {
            return (.planetCandidate, [classifier + ": planet probability at least \(f(t.planetProbability, 2))",
                                       "no secondary eclipse, odd-even difference or binary-like shape"], flags)
        }
        if evidence.ebProbability >= evidence.junkProbability {
            flags.append("classifier_eb")
            return (.eclipsingBinary, [classifier + ": eclipsing binary is more likely than junk"], flags)
        }
        flags.append("classifier_junk")
        return (.notTransitLike, [classifier + ": variability or instrumental is more likely"], flags)
    }

    private func f(_ value: Double, _ decimals: Int) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "n/a"
    }
}
