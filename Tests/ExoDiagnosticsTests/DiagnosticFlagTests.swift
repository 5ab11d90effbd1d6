import ExoDiagnostics
import Foundation
import XCTest

final class DiagnosticFlagTests: XCTestCase {
    func testNamesRoundTripThroughJSON() throws {
        let flags = DiagnosticFlag.allCases + [.eclipseOfSignal(3), .secondaryIsSignal(12)]
        let data = try JSONEncoder().encode(flags)
        let names = try JSONDecoder().decode([String].self, from: data)
        XCTAssertEqual(names.first, "low_snr")
        XCTAssertEqual(names.last, "secondary_is_signal_12")
        XCTAssertTrue(names.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        XCTAssertEqual(try JSONDecoder().decode([DiagnosticFlag].self, from: data), flags)
        XCTAssertNil(DiagnosticFlag(rawValue: "secondary_is_signal_x"))
        XCTAssertNil(DiagnosticFlag(rawValue: "odd-even"))
        XCTAssertThrowsError(try JSONDecoder().decode([DiagnosticFlag].self, from: Data("[\"nope\"]".utf8)))
    }

    /// Each threshold is read by exactly one flag: moving it across its value raises or clears that flag.
    func testEachThresholdRaisesItsFlag() {
        let t = DiagnosticThresholds()
        let clean = SignalEvidence(period: 3.3, duration: 0.125, depth: 0.01, snr: 80, transitCount: 8, oddEvenSigma: 0.5,
                                   secondaryDepth: 0.00005, secondarySigma: 1.2, secondaryPhase: 0.5, vShape: 0.2,
                                   maximumPlanetDuration: 0.12, strongestTransitFraction: 0.15,
                                   depthConsistencySignificance: 0.3, depthRelativeScatter: 0.05)
        XCTAssertEqual(t.flags(for: clean), [])
        func flags(_ change: (inout SignalEvidence) -> Void) -> [DiagnosticFlag] {
            var e = clean
            change(&e)
            return t.flags(for: e)
        }
        XCTAssertEqual(flags { $0.snr = t.minimumSNR - 0.1 }, [.lowSNR])
        XCTAssertEqual(flags { $0.snr = .nan }, [.lowSNR])
        XCTAssertEqual(flags { $0.transitCount = t.minimumTransits - 1 }, [.singleEvent])
        XCTAssertEqual(flags { $0.strongestTransitFraction = t.singleEventFraction + 0.01 }, [.singleEvent])
        XCTAssertEqual(flags { $0.duration = 0.12 * (t.maximumDurationRatio + 0.1) }, [.durationTooLong])
        XCTAssertEqual(flags { $0.duration = 0.7; $0.maximumPlanetDuration = nil }, [.durationTooLong])
        XCTAssertEqual(flags { $0.depth = t.maximumPlanetDepth + 0.01; $0.secondaryDepth = 0 }, [.tooDeep])
        XCTAssertEqual(flags { $0.secondarySigma = t.secondarySigma; $0.secondaryDepth = 0.002 }, [.secondaryEclipse])
        XCTAssertEqual(flags { $0.secondarySigma = 8; $0.secondaryDepth = 0.002; $0.secondaryOverlapsSignal = 3 }, [.secondaryIsSignal(3)])
        XCTAssertEqual(flags { $0.secondarySigma = 8; $0.secondaryDepth = 0.0005 }, [], "a planet's occultation")
        XCTAssertEqual(flags { $0.samePeriodSignal = .init(number: 1, depth: 0.01 / t.secondaryRelativeDepth, atOtherPhase: true,
                                                           isEclipsingBinary: false) }, [.eclipseOfSignal(1)])
        XCTAssertEqual(flags { $0.samePeriodSignal = .init(number: 1, depth: 0.011 / t.secondaryRelativeDepth, atOtherPhase: true,
                                                           isEclipsingBinary: false) }, [],
                       "a planet's occultation found as a signal of its own")
        XCTAssertEqual(flags { $0.samePeriodSignal = .init(number: 2, depth: 1, atOtherPhase: false, isEclipsingBinary: true) },
                       [.eclipseOfSignal(2)], "the rest of a binary's eclipse")
        XCTAssertEqual(flags { $0.samePeriodSignal = .init(number: 2, depth: 0.02, atOtherPhase: false, isEclipsingBinary: false) }, [],
                       "the rest of a planet's transit is no binary evidence")
        XCTAssertEqual(flags { $0.oddEvenSigma = t.oddEvenSigma }, [.oddEven])
        XCTAssertEqual(flags { $0.vShape = t.vShape }, [.vShaped])
        XCTAssertEqual(flags { $0.depthConsistencySignificance = t.depthSignificance + 1; $0.depthRelativeScatter = t.depthRelativeScatter + 0.1 },
                       [.inconsistentDepth])
        XCTAssertEqual(flags { $0.depthConsistencySignificance = t.depthSignificance + 1 }, [], "significant but small scatter")
        XCTAssertEqual(flags { $0.centroid = CentroidOffset(differenceCentroid: [0, 0], outOfTransitCentroid: [1, 0], offsetPixels: 1,
                                                            significance: t.centroidSigma, transitCount: 4) }, [.centroidOffset])
    }
}
