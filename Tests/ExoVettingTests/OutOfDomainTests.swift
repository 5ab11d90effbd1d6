import ExoBasics
import ExoDiagnostics
import ExoVetting
import XCTest

/// Outside the classifier's training domain the diagnostics decide (``ClassifierDomain``, ``VerdictRules``).
final class OutOfDomainTests: XCTestCase {
    /// A Kepler-90 d-like signal: 60 d, 4 transits, SNR 14, clean, and a confident junk vote.
    private func longPeriod(transits: Int = 4, inconsistentDepth: Bool = false) -> SignalEvidence {
        var evidence = SignalEvidence(period: 59.7, duration: 0.27, depth: 0.0003, snr: 14.4, transitCount: transits,
                                      oddEvenSigma: 0.6, secondaryDepth: 0.00002, secondarySigma: 1, vShape: 0.2,
                                      maximumPlanetDuration: TransitDiagnostics.DurationCheck.centralTransitDuration(period: 59.7),
                                      pcProbability: 0.2, ebProbability: 0.03, junkProbability: 0.77)
        if inconsistentDepth { (evidence.depthConsistencySignificance, evidence.depthRelativeScatter) = (9, 0.5) }
        evidence.outOfDomain = ClassifierDomain().reasons(period: 59.7, duration: 0.27, snr: 14.4, inTransitPoints: 50)
        return evidence
    }

    func testDomainReasonsNameWhatIsOutside() {
        let domain = ClassifierDomain()
        XCTAssertEqual(domain.reasons(period: 3.3, duration: 0.12, snr: 120, inTransitPoints: 700), [])
        let reasons = domain.reasons(period: 59.7, duration: 1.5, snr: 9000, inTransitPoints: 3)
        XCTAssertEqual(reasons.count, 4)
        XCTAssertTrue(reasons[0].hasPrefix("period 59.7 d is longer"), reasons[0])
        XCTAssertEqual(ClassifierDomain.inTransitPoints(time: Array(stride(from: 0.005, to: 10, by: 0.01)),
                                                        ephemeris: Ephemeris(period: 2, epoch: 1, duration: 0.1)), 5 * 10)
    }

    func testCleanOutOfDomainSignalIsACandidateDespiteAJunkVote() {
        let decision = VerdictRules().decide(longPeriod())
        XCTAssertEqual(decision.verdict, .planetCandidate)
        XCTAssertTrue(decision.flags.contains(.outOfDomain))
        XCTAssertTrue(decision.reasons[0].hasPrefix("classifier out of domain (period 59.7 d"), decision.reasons[0])
        XCTAssertTrue(decision.reasons[0].contains("; diagnostics clean: "), decision.reasons[0])
        var inside = longPeriod()
        inside.outOfDomain = []
        XCTAssertEqual(VerdictRules().decide(inside).verdict, .notTransitLike)  // the junk vote decides inside
    }

    func testOutOfDomainNeedsThreeTransitsAndCleanDiagnostics() {
        XCTAssertEqual(VerdictRules().decide(longPeriod(transits: 2)).verdict, .notTransitLike)
        let doubtful = VerdictRules().decide(longPeriod(inconsistentDepth: true))
        XCTAssertEqual(doubtful.verdict, .notTransitLike)
        XCTAssertTrue(doubtful.flags.contains(.inconsistentDepth))
        XCTAssertTrue(doubtful.reasons[0].contains("nothing else vouches for a transit: the depth differs"), doubtful.reasons[0])
        var binary = longPeriod()
        binary.oddEvenSigma = 9
        XCTAssertEqual(VerdictRules().decide(binary).verdict, .eclipsingBinary)
    }
}
