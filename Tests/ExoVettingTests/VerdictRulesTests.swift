import ExoDiagnostics
import ExoVetting
import XCTest

final class VerdictRulesTests: XCTestCase {
    private let rules = VerdictRules()

    /// A hot Jupiter: 1% deep, 3 h long at 3.3 d, many transits, no binary signs.
    private func hotJupiter(pc: Double = 0.9, eb: Double = 0.08, j: Double = 0.02) -> SignalEvidence {
        SignalEvidence(period: 3.3, duration: 0.125, depth: 0.01, snr: 80, transitCount: 8, oddEvenSigma: 0.5,
                       secondaryDepth: 0.00005, secondarySigma: 1.2, secondaryPhase: 0.5, vShape: 0.2,
                       maximumPlanetDuration: TransitDiagnostics.DurationCheck.centralTransitDuration(period: 3.3),
                       pcProbability: pc, ebProbability: eb, junkProbability: j)
    }

    /// A confident planet vote does not save a signal carried by transits at data edges: it is not
    /// transit-like with that reason first, worded for no interior transits and for weak ones; a
    /// detection away from the edges keeps the planet candidate.
    func testTransitsAtDataEdgesAreNotTransitLike() {
        var evidence = hotJupiter(pc: 0.95, eb: 0.03, j: 0.02)
        evidence.edgeTransitFraction = 0.9
        evidence.interiorSNR = 0
        var result = rules.decide(evidence)
        XCTAssertEqual(result.verdict, .notTransitLike)
        XCTAssertEqual(result.flags.first, .atDataEdges)
        XCTAssertTrue(result.reasons[0].contains("90% of the signal") && result.reasons[0].contains("fewer than 2 transits"),
                      result.reasons[0])
        evidence.interiorSNR = 4.2
        result = rules.decide(evidence)
        XCTAssertTrue(result.reasons[0].contains("the others alone have SNR 4.2"), result.reasons[0])
        evidence.interiorSNR = 60
        XCTAssertEqual(rules.decide(evidence).verdict, .planetCandidate)
    }

    func testCleanPlanetIsACandidate() {
        let result = rules.decide(hotJupiter())
        XCTAssertEqual(result.verdict, .planetCandidate)
        XCTAssertTrue(result.flags.isEmpty)
    }

    func testLowPlanetProbabilityFallsToTheLikelierOtherClass() {
        XCTAssertEqual(rules.decide(hotJupiter(pc: 0.3, eb: 0.5, j: 0.2)).verdict, .eclipsingBinary)
        XCTAssertEqual(rules.decide(hotJupiter(pc: 0.3, eb: 0.2, j: 0.5)).verdict, .notTransitLike)
    }

    func testSecondaryEclipseMakesABinary() {
        var evidence = hotJupiter()
        evidence.secondaryDepth = 0.004
        evidence.secondarySigma = 12
        let result = rules.decide(evidence)
        XCTAssertEqual(result.verdict, .eclipsingBinary)
        XCTAssertTrue(result.flags.contains(.secondaryEclipse))
        XCTAssertTrue(result.reasons[0].contains("secondary eclipse"))
    }

    func testPlanetOccultationIsNotASecondaryEclipse() {
        // HAT-P-7 b's occultation: ~70 ppm against a 6700 ppm transit, very significant in Kepler data.
        var evidence = hotJupiter()
        evidence.depth = 0.0067
        evidence.secondaryDepth = 0.00007
        evidence.secondarySigma = 8
        XCTAssertEqual(rules.decide(evidence).verdict, .planetCandidate)
    }

    func testOddEvenDifferenceMakesABinary() {
        var evidence = hotJupiter()
        evidence.oddEvenSigma = 9
        XCTAssertEqual(rules.decide(evidence).verdict, .eclipsingBinary)
    }

    func testDeepVShapeMakesABinaryButShallowVDoesNot() {
        var evidence = hotJupiter()
        evidence.vShape = 0.95
        evidence.depth = 0.05
        XCTAssertEqual(rules.decide(evidence).flags, [.vShaped])
        evidence.depth = 0.003
        XCTAssertEqual(rules.decide(evidence).verdict, .planetCandidate)
        evidence.depth = 0.2
        XCTAssertTrue(rules.decide(evidence).flags.contains(.tooDeep))
    }

    func testWeakSingleOrLongSignalsAreNotTransitLike() {
        var weak = hotJupiter()
        weak.snr = 5
        XCTAssertEqual(rules.decide(weak).verdict, .notTransitLike)
        var single = hotJupiter()
        single.transitCount = 1
        XCTAssertEqual(rules.decide(single).flags, [.singleEvent])
        var long = hotJupiter()
        long.duration = 1.0
        XCTAssertEqual(rules.decide(long).verdict, .notTransitLike)
        XCTAssertTrue(rules.decide(long).flags.contains(.durationTooLong))
    }

    func testCentralTransitDurationMatchesTheEarth() {
        // The Earth's central transit across the Sun lasts 13 hours.
        XCTAssertEqual(TransitDiagnostics.DurationCheck.centralTransitDuration(period: 365.25) * 24, 13, accuracy: 0.05)
    }
}

extension VerdictRulesTests {
    func testConfidentJunkIsNotTransitLikeEvenWithBinaryDiagnostics() {
        // A spotted rotator: the "secondary eclipse" is the next spot minimum.
        var evidence = SignalEvidence(period: 3.5, duration: 0.3, depth: 0.002, snr: 15, transitCount: 3,
                                      secondaryDepth: 0.0015, secondarySigma: 12, secondaryPhase: 0.59,
                                      pcProbability: 0, ebProbability: 0, junkProbability: 1)
        let result = VerdictRules().decide(evidence)
        XCTAssertEqual(result.verdict, .notTransitLike)
        XCTAssertTrue(result.flags.contains(.classifierJunk))
        // A depth no planet can make stays a binary whatever the classifier says.
        evidence.depth = 0.3
        XCTAssertEqual(VerdictRules().decide(evidence).verdict, .eclipsingBinary)
    }
}

extension VerdictRulesTests {
    func testAnotherPlanetsTransitIsNotASecondaryEclipse() {
        var evidence = SignalEvidence(period: 10, duration: 0.1, depth: 0.0012, snr: 70, transitCount: 7,
                                      secondaryDepth: 0.00014, secondarySigma: 7.6, secondaryPhase: 0.89,
                                      pcProbability: 0.95, ebProbability: 0.04, junkProbability: 0.01)
        XCTAssertEqual(VerdictRules().decide(evidence).verdict, .eclipsingBinary)
        evidence.secondaryOverlapsSignal = 2
        let result = VerdictRules().decide(evidence)
        XCTAssertEqual(result.verdict, .planetCandidate)
        XCTAssertTrue(result.flags.contains(.secondaryIsSignal(2)))
    }
}

/// Flags and reasons agree: every reason comes from a flag, the decisive one first, and no reason
/// denies a flag that was raised.
extension VerdictRulesTests {
    func testEveryFlagRaisedAppearsInTheReasonsAndNoneIsDenied() {
        var evidence = hotJupiter()
        evidence.secondaryDepth = 0.004
        evidence.secondarySigma = 12
        evidence.oddEvenSigma = 6
        let result = rules.decide(evidence)
        XCTAssertEqual(result.flags, [.secondaryEclipse, .oddEven])
        XCTAssertTrue(result.reasons[0].hasPrefix("secondary eclipse"), "\(result.reasons)")
        XCTAssertTrue(result.reasons[1].hasPrefix("odd and even"), "\(result.reasons)")
        XCTAssertFalse(result.reasons.joined().contains("no secondary eclipse"))
    }

    func testOffTargetSourceIsABinaryBeforeTheJunkVote() {
        // KOI-608: the difference image puts the source 0.6 pixels (15 sigma) away; the classifier leans to junk.
        var evidence = hotJupiter(pc: 0.43, eb: 0.05, j: 0.52)
        evidence.centroid = CentroidOffset(differenceCentroid: [3, 3], outOfTransitCentroid: [3.6, 3], offsetPixels: 0.6,
                                           significance: 15.8, transitCount: 3)
        let result = rules.decide(evidence)
        XCTAssertEqual(result.verdict, .eclipsingBinary)
        XCTAssertTrue(result.reasons[0].contains("from the target"), "\(result.reasons)")
        XCTAssertFalse(result.flags.contains(.classifierJunk))
    }

    func testShallowVShapeIsNotedButNotDecisive() {
        var evidence = hotJupiter()
        evidence.vShape = 0.9
        evidence.depth = 0.003
        let result = rules.decide(evidence)
        XCTAssertEqual(result.verdict, .planetCandidate)
        XCTAssertEqual(result.flags, [.vShaped])
        XCTAssertTrue(result.reasons.contains { $0.contains("grazing planet") }, "\(result.reasons)")
        XCTAssertFalse(result.reasons.contains { $0.contains("not V-shaped") })
    }

    func testOneDominantTransitIsASingleEvent() {
        var evidence = hotJupiter()
        evidence.transitCount = 2
        evidence.strongestTransitFraction = 0.9
        let result = rules.decide(evidence)
        XCTAssertEqual(result.verdict, .notTransitLike)
        XCTAssertEqual(result.flags, [.singleEvent])
        XCTAssertTrue(result.reasons[0].contains("90%"), "\(result.reasons)")
    }
}
