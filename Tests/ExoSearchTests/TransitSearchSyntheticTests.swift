import ExoBasics
import ExoDiagnostics
import ExoLightCurve
import XCTest
@testable import ExoSearch

/// The multi-planet search and its diagnostics on seeded synthetic light curves.
final class TransitSearchSyntheticTests: XCTestCase {
    func testFindsOnePlanetWithinOneThousandth() throws {
        var star = SyntheticStar()
        star.bodies = [.init(period: 3.2888, epoch: 1001.37, duration: 0.12, depth: 0.002)]
        let result = try TransitSearch().run(on: star.make(seed: 11))
        let first = try XCTUnwrap(result.signals.first)
        XCTAssertEqual(first.period, 3.2888, accuracy: 3.2888e-3)
        let phase = (first.epoch - 1001.37) / 3.2888
        XCTAssertEqual(phase, phase.rounded(), accuracy: 0.01)
        XCTAssertEqual(first.depth, 0.002, accuracy: 3e-4)
        XCTAssertGreaterThanOrEqual(first.transitCount, 7)
        XCTAssertEqual(first.flags, [], "a clean box planet raises no flag")
        XCTAssertGreaterThan(first.sde, result.sdeThreshold)
        XCTAssertEqual(result.periodogram.periods.count, result.periodogram.power.count)
    }

    func testFindsTwoPlanetsAndReportsNoHarmonic() throws {
        var star = SyntheticStar()
        star.bodies = [
            .init(period: 3.2888, epoch: 1001.37, duration: 0.12, depth: 0.003),
            .init(period: 5.731, epoch: 1002.05, duration: 0.15, depth: 0.0015),
        ]
        let result = try TransitSearch().run(on: star.make(seed: 12))
        XCTAssertGreaterThanOrEqual(result.signals.count, 2)
        XCTAssertEqual(result.signals[0].period, 3.2888, accuracy: 3.3e-3)
        XCTAssertEqual(result.signals[1].period, 5.731, accuracy: 5.7e-3)
        for signal in result.signals.dropFirst(2) {
            for known in [3.2888, 5.731] {
                let ratio = signal.period / known
                XCTAssertGreaterThan(abs(ratio - ratio.rounded()), 0.01, "harmonic \(signal.period) reported")
                XCTAssertGreaterThan(abs(1 / ratio - (1 / ratio).rounded()), 0.01, "subharmonic \(signal.period) reported")
            }
        }
    }

    func testEclipsingBinaryWithSecondaryIsFlagged() throws {
        var star = SyntheticStar()
        star.bodies = [.init(period: 2.7284, epoch: 1000.9, duration: 0.14, depth: 0.02, secondaryDepth: 0.008)]
        let first = try XCTUnwrap(try TransitSearch().run(on: star.make(seed: 13)).signals.first)
        let ratio = first.period / 2.7284
        XCTAssertTrue(abs(ratio - 1) < 1e-3 || abs(ratio - 0.5) < 1e-3, "period \(first.period)")
        XCTAssertTrue(first.flags.contains(.secondaryEclipse) || first.flags.contains(.oddEven), "\(first.flags)")
    }

    func testVShapedEclipseIsFlagged() throws {
        var star = SyntheticStar()
        star.bodies = [.init(period: 1.93, epoch: 1000.5, duration: 0.2, depth: 0.01, vShaped: true)]
        let first = try XCTUnwrap(try TransitSearch().run(on: star.make(seed: 14)).signals.first)
        XCTAssertEqual(first.period, 1.93, accuracy: 2e-3)
        XCTAssertEqual(first.diagnostics.shape.kind, .v)
        XCTAssertTrue(first.flags.contains(.vShaped))
    }

    func testSingleDeepEventIsNotReportedAsAPlanet() throws {
        var star = SyntheticStar()
        star.bodies = [
            .init(period: 100, epoch: 1008.2, duration: 0.3, depth: 0.01),
            .init(period: 2.47, epoch: 1000.8, duration: 0.1, depth: 0.002),
        ]
        let result = try TransitSearch().run(on: star.make(seed: 15))
        XCTAssertEqual(try XCTUnwrap(result.signals.first).period, 2.47, accuracy: 2.5e-3)
        XCTAssertFalse(result.rejected.isEmpty, "the single event is rejected, not dropped silently")
    }

    func testPureNoiseGivesNoSignal() throws {
        let result = try TransitSearch().run(on: SyntheticStar().make(seed: 16))
        XCTAssertEqual(result.signals, [])
    }

    func testSignalEncodesWithSnakeCaseKeys() throws {
        var star = SyntheticStar()
        star.bodies = [.init(period: 3.2888, epoch: 1001.37, duration: 0.12, depth: 0.002)]
        let signal = try XCTUnwrap(try TransitSearch().run(on: star.make(seed: 11)).signals.first)
        let json = String(decoding: try JSONEncoder().encode(signal), as: UTF8.self)
        for key in ["\"period\"", "\"epoch\"", "\"duration\"", "\"depth\"", "\"depth_err\"", "\"snr\"", "\"sde\"",
                    "\"transit_count\"", "\"odd_even\"", "\"secondary\"", "\"flags\""] {
            XCTAssertTrue(json.contains(key), "missing \(key)")
        }
        XCTAssertEqual(try JSONDecoder().decode(TransitSignal.self, from: Data(json.utf8)), signal)
    }

    func testAliasDetector() {
        let detector = AliasDetector()
        XCTAssertTrue(detector.isAlias(period: 6.0, epoch: 10.0, duration: 0.1, of: 3.0, earlierEpoch: 1.0, earlierDuration: 0.1))
        XCTAssertTrue(detector.isAlias(period: 1.5, epoch: 2.5, duration: 0.1, of: 3.0, earlierEpoch: 1.0, earlierDuration: 0.1))
        XCTAssertFalse(detector.isAlias(period: 6.0, epoch: 10.5, duration: 0.1, of: 3.0, earlierEpoch: 1.0, earlierDuration: 0.1))
        XCTAssertFalse(detector.isAlias(period: 4.1, epoch: 1.0, duration: 0.1, of: 3.0, earlierEpoch: 1.0, earlierDuration: 0.1))
    }
}

extension TransitSearchSyntheticTests {
    /// Two clusters of cadences 80 years apart (a damaged time block) ask for ~3.5 million trial periods:
    /// a clear error, not an allocation of gigabytes or a search of hours.
    func testAbsurdBaselineIsAClearErrorNotAHugeGrid() {
        let star = SyntheticStar().make(seed: 21)
        var lc = star
        lc.time = lc.time.enumerated().map { $0.offset < 100 ? $0.element + 30_000 : $0.element }
        lc.metadata.sources = ["damaged-times.fits"]
        XCTAssertThrowsError(try TransitSearch().run(on: lc)) { error in
            XCTAssertTrue("\(error)".contains("more than the limit"), "\(error)")
            XCTAssertTrue("\(error)".contains("damaged-times.fits: "), "names the file: \(error)")
        }
    }
}

extension TransitSearchSyntheticTests {
    /// Damaged fluxes (negative, zero, tiny, huge) are dropped before the search, so no depth exceeds 100%.
    func testImplausibleFluxesAreDroppedBeforeTheSearch() throws {
        var star = SyntheticStar()
        star.bodies = [.init(period: 3.2888, epoch: 1001.37, duration: 0.12, depth: 0.002)]
        var lc = star.make(seed: 22)
        let median = RobustStatistics.median(lc.flux)
        for (i, value) in [(40, -1e30), (41, 0), (42, 1e-30), (43, 3e38), (44, 0.6 * median)] { lc.flux[i] = value }
        let result = try TransitSearch().run(on: lc)
        XCTAssertEqual(result.droppedImplausibleFlux, 4, "a 40% dip is possible and stays")
        let first = try XCTUnwrap(result.signals.first)
        XCTAssertEqual(first.period, 3.2888, accuracy: 3.3e-3)
        XCTAssertTrue(result.signals.allSatisfy { $0.depth > 0 && $0.depth < 1 })
    }
}
