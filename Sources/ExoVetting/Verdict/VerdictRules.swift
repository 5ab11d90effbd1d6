import ExoDiagnostics
import Foundation

/// Combines the diagnostic flags with the classifier's vote into a verdict, one decisive reason first.
///
/// The flags come from ``DiagnosticThresholds/flags(for:)``; the rules read them, never re-derive them,
/// so every reason matches a flag. In order, the first that applies decides:
/// 1. Not transit-like if the signal is too weak (SNR), a single event, or too long for its period.
/// 2. Eclipsing binary if the signal is one at twice its period (flag `twice_period`: two different eclipses,
///    or two alike eclipses too deep for a planet); the signal is then reported at twice the period.
/// 3. Eclipsing binary if the depth needs a companion larger than a planet (physics, whatever the classifier says).
/// 4. Eclipsing binary if the difference image puts the transit source off the target (pixel files): a
///    blended background binary. Decided before the classifier, which sees only the light curve.
/// 5. Outside the classifier's training domain (``SignalEvidence/outOfDomain``, flag `out_of_domain`) its vote
///    does not decide: not transit-like with fewer than ``DiagnosticThresholds/outOfDomainMinimumTransits``
///    transits, else eclipsing binary on rule 7's binary evidence, else not transit-like when the depth is
///    inconsistent or the transit V-shaped, else planet candidate ("diagnostics clean").
/// 6. Not transit-like if the classifier finds variability or instrumental noise more likely than a transit or
///    eclipse (P(J) > 0.5): the binary diagnostics below assume a real eclipse, and spots or pulsations fake them.
/// 7. Eclipsing binary if there is a significant secondary eclipse a sizeable fraction of the primary (unless
///    another signal's transits fall there: in a multi-planet system the "secondary" is the other planet),
///    odd and even depths differ, or the eclipse is V-shaped and deep.
/// 8. Otherwise the classifier decides: planet candidate if P(PC) ≥ 0.5, else the likelier of EB and junk.
public struct VerdictRules: Sendable {
    /// The limits applied.
    public var thresholds: DiagnosticThresholds

    /// Rules with `thresholds`.
    public init(thresholds: DiagnosticThresholds = DiagnosticThresholds()) {
        self.thresholds = thresholds
    }

    /// The verdict for `evidence`, the reasons for it (sentences, the decisive one first) and the flags.
    public func decide(_ evidence: SignalEvidence) -> (verdict: Verdict, reasons: [String], flags: [DiagnosticFlag]) {
        let t = thresholds, e = evidence
        var flags = t.flags(for: e)
        let reasons = FlagReasons(evidence: e, thresholds: t)
        let classifier = "classifier: P(PC) \(f(e.pcProbability, 2)), P(EB) \(f(e.ebProbability, 2)), "
            + "P(J) \(f(e.junkProbability, 2))"
        let notTransit = flags.filter { [.lowSNR, .singleEvent, .atDataEdges, .durationTooLong].contains($0) }
        if !notTransit.isEmpty { return (.notTransitLike, notTransit.map(reasons.sentence) + [classifier], flags) }
        // Binary evidence: a V shape only counts when deep (grazing planets make shallow V's) and not already too deep.
        let binary = flags.filter { $0.isBinaryEvidence && ($0 != .vShaped || (e.depth > t.vShapeDepth && !flags.contains(.tooDeep))) }
        let noted = flags.filter { ![.tooDeep, .centroidOffset, .twicePeriod].contains($0) && !binary.contains($0) }
            .map(reasons.sentence)
        if flags.contains(.twicePeriod) {
            let deep = flags.contains(.tooDeep) ? [reasons.sentence(.tooDeep)] : []
            return (.eclipsingBinary, [reasons.sentence(.twicePeriod)] + deep + binary.map(reasons.sentence) + [classifier], flags)
        }
        if flags.contains(.tooDeep) {
            return (.eclipsingBinary, [reasons.sentence(.tooDeep)] + binary.map(reasons.sentence) + [classifier], flags)
        }
        if flags.contains(.centroidOffset) {
            return (.eclipsingBinary, [reasons.sentence(.centroidOffset)] + binary.map(reasons.sentence) + [classifier], flags)
        }
        if !e.outOfDomain.isEmpty {
            flags.append(.outOfDomain)
            let (verdict, why) = outOfDomain(flags: flags, binary: binary, reasons: reasons, classifier: classifier,
                                             noted: noted)
            return (verdict, why, flags)
        }
        if e.junkProbability > t.junkProbability {
            flags.append(.classifierJunk)
            return (.notTransitLike, [classifier + ": variability or instrumental noise is more likely than a transit"]
                + binary.map { "not decisive here (spots and pulsations mimic it): " + reasons.sentence($0) } + noted, flags)
        }
        if !binary.isEmpty { return (.eclipsingBinary, binary.map(reasons.sentence) + [classifier] + noted, flags) }
        if e.pcProbability >= t.planetProbability {
            return (.planetCandidate, [classifier + ": planet probability at least \(f(t.planetProbability, 2))",
                                       reasons.passedBinaryChecks] + noted, flags)
        }
        if e.ebProbability >= e.junkProbability {
            flags.append(.classifierEB)
            return (.eclipsingBinary, [classifier + ": eclipsing binary is more likely than junk"] + noted, flags)
        }
        flags.append(.classifierJunk)
        return (.notTransitLike, [classifier + ": variability or instrumental noise is more likely"] + noted, flags)
    }

    /// Flags that, outside the classifier's domain, leave a transit unvouched for.
    static let doubtfulOutOfDomain: Set<DiagnosticFlag> = [.inconsistentDepth, .vShaped]

    /// The verdict and reasons of a signal outside the classifier's domain: the diagnostics decide.
    private func outOfDomain(flags: [DiagnosticFlag], binary: [DiagnosticFlag], reasons: FlagReasons, classifier: String,
                             noted: [String]) -> (verdict: Verdict, reasons: [String]) {
        let domain = reasons.sentence(.outOfDomain)
        let transits = reasons.evidence.transitCount
        if transits < thresholds.outOfDomainMinimumTransits {
            return (.notTransitLike, [domain + "; only \(transits) transits: at least "
                + "\(thresholds.outOfDomainMinimumTransits) are needed to judge without the classifier", classifier] + noted)
        }
        if !binary.isEmpty { return (.eclipsingBinary, binary.map(reasons.sentence) + [domain, classifier] + noted) }
        let doubtful = flags.filter(Self.doubtfulOutOfDomain.contains)
        if !doubtful.isEmpty {
            return (.notTransitLike, [domain + ", and nothing else vouches for a transit: "
                + doubtful.map(reasons.sentence).joined(separator: "; "), classifier] + noted)
        }
        return (.planetCandidate, [domain + "; diagnostics clean: " + reasons.passedBinaryChecks,
                                   classifier + " (not used)"] + noted)
    }

    private func f(_ value: Double, _ decimals: Int) -> String { FlagReasons.format(value, decimals) }
}

/// The sentence that explains each flag of one signal, with its numbers.
struct FlagReasons {
    let evidence: SignalEvidence
    let thresholds: DiagnosticThresholds

    static func format(_ value: Double, _ decimals: Int) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "n/a"
    }

    private func f(_ value: Double, _ decimals: Int) -> String { Self.format(value, decimals) }

    /// Why `flag` was raised.
    func sentence(_ flag: DiagnosticFlag) -> String {
        let e = evidence, t = thresholds
        switch flag {
        case .lowSNR:
            return "SNR \(f(e.snr, 1)) is below \(f(t.minimumSNR, 1))"
        case .singleEvent:
            if e.transitCount < t.minimumTransits {
                return "only \(e.transitCount) transit(s) with data: the period is not measured"
            }
            return "one transit carries \(f(100 * (e.strongestTransitFraction ?? 0), 0))% of the signal "
                + "(limit \(f(100 * t.singleEventFraction, 0))%): a single event, the period is not measured"
        case .atDataEdges:
            // The diagnoser reports an interior SNR of 0 when fewer than `minimumTransits` transits are away from the edges.
            let others = (e.interiorSNR ?? 0) > 0 ? "the others alone have SNR \(f(e.interiorSNR ?? 0, 1))"
                : "fewer than \(t.minimumTransits) transits lie away from them"
            return "transits at edges of the data (start, end or a gap) carry \(f(100 * (e.edgeTransitFraction ?? 0), 0))% "
                + "of the signal (limit \(f(100 * t.maximumEdgeFraction, 0))%) and \(others): detrending and the "
                + "spacecraft make dips there"
        case .durationTooLong:
            if let fraction = e.durationFraction, fraction > t.maximumDurationFraction {
                return "duration is \(f(100 * fraction, 0))% of the period (limit \(f(100 * t.maximumDurationFraction, 0))%)"
            }
            return "duration \(f(e.duration * 24, 1)) h is \(f(e.durationRatio ?? .nan, 1))x the central transit of the "
                + "star at this period (\(f((e.maximumPlanetDuration ?? .nan) * 24, 1)) h; limit \(f(t.maximumDurationRatio, 0))x)"
        case .tooDeep:
            return "depth \(f(100 * e.depth, 1))% needs a companion of Rp/R* \(f(e.depth.squareRoot(), 2)): larger than a planet"
        case .secondaryEclipse:
            let phase = e.secondaryPhase.map { " at phase \(f($0, 2))" } ?? ""
            let depth = e.secondaryDepth ?? .nan
            return "secondary eclipse\(phase), \(f(e.secondarySigma ?? .nan, 1)) sigma, depth \(f(depth * 1e6, 0)) ppm "
                + "(\(f(100 * depth / e.depth, 0))% of the primary)"
        case .secondaryIsLoneTransit:
            return "the dip at phase \(f(e.secondaryPhase ?? .nan, 2)) (\(f(e.secondarySigma ?? .nan, 1)) sigma) is the lone "
                + "transit at \(f(e.secondaryOverlapsLoneTransit ?? .nan, 2)): not a secondary eclipse"
        case .secondaryIsSignal(let n):
            return "the dip at phase \(f(e.secondaryPhase ?? .nan, 2)) (\(f(e.secondarySigma ?? .nan, 1)) sigma) is where "
                + "signal \(n) transits: not a secondary eclipse"
        case .eclipseOfSignal(let n):
            let depth = e.samePeriodSignal?.depth ?? .nan
            if e.samePeriodSignal?.atOtherPhase == false {
                return "signal \(n), an eclipsing binary, has the same period and phase: this is the rest of its eclipse"
            }
            return "signal \(n) has the same period at another phase, and this dip is \(f(100 * e.depth / depth, 0))% of its "
                + "depth: the two are one eclipsing binary's eclipses"
        case .oddEven:
            return "odd and even transit depths differ by \(f(e.oddEvenSigma ?? .nan, 1)) sigma"
        case .vShaped:
            let deep = e.depth > t.vShapeDepth
            return "V-shaped eclipse (index \(f(e.vShape ?? .nan, 2))) with depth \(f(100 * e.depth, 2))%"
                + (deep ? "" : ": shallow enough for a grazing planet")
        case .inconsistentDepth:
            return "the depth differs between light-curve segments (\(f(e.depthConsistencySignificance ?? .nan, 1)) sigma, "
                + "scatter \(f(100 * (e.depthRelativeScatter ?? .nan), 0))% of the mean)"
        case .centroidOffset:
            return Self.offTarget(e.centroid)
        case .twicePeriod:
            return e.twicePeriod?.reason ?? "an eclipsing binary at twice the period"
        case .shortForPeriodLimit:
            return "a lone transit shorter than the period the coverage allows: grazing or eccentric"
        case .outOfDomain:
            return "classifier out of domain (" + e.outOfDomain.joined(separator: "; ") + ")"
        case .classifierJunk, .classifierEB:
            return "classifier vote"
        }
    }

    /// Why an off-target `centroid` makes a blended binary (a periodic signal's or a lone transit's).
    static func offTarget(_ centroid: CentroidOffset?) -> String {
        "the difference image puts the transit source \(format(centroid?.offsetPixels ?? .nan, 2)) pixels "
            + "(\(format(centroid?.significance ?? .nan, 1)) sigma) from the target: a blended background eclipsing binary"
    }

    /// The centroid check passed.
    static func onTarget(_ centroid: CentroidOffset) -> String {
        "transit source on the target (\(format(centroid.offsetPixels, 2)) pixels, \(format(centroid.significance, 1)) sigma)"
    }

    /// The binary checks a planet candidate passed, naming only those that were measured.
    var passedBinaryChecks: String {
        let e = evidence
        var passed: [String] = []
        if e.secondarySigma != nil, e.secondaryOverlapsSignal == nil, e.secondaryOverlapsLoneTransit == nil { passed.append("no significant secondary eclipse") }
        if let sigma = e.oddEvenSigma { passed.append("odd and even depths agree (\(f(sigma, 1)) sigma)") }
        if e.vShape != nil, e.depth > thresholds.vShapeDepth { passed.append("not V-shaped") }
        if let c = e.centroid { passed.append(Self.onTarget(c)) }
        return passed.isEmpty ? "no binary diagnostic could be measured" : passed.joined(separator: "; ")
    }
}
