import ExoSearch
import ExoSim
import XCTest

/// Planets with two or three transits in one TESS sector, and ultra-short periods, as `BenchMissions`
/// simulates them: each star below was lost or found at twice its period before the rule it tests
/// (2026-12-07, docs/single-transits.md).
final class FewTransitSignalTests: XCTestCase {
    private func search(_ scenario: MissionScenario, seed: UInt64) throws -> (MissionScenario.Star, TransitSearchResult) {
        let star = try scenario.star(.planet, seed: seed)
        return (star, try TransitSearch().run(on: star.observedLightCurve))
    }

    /// Three transits of one planet whose box depths scatter by up to 30% (a 30-minute full-frame
    /// sector: seven cadences per transit) or by 16% at SNR 52 stay one periodic signal.
    func testThreeTransitsOfOnePlanetStayPeriodic() throws {
        for seed: UInt64 in [3_192_306_375, 3_192_306_368] {
            let (star, result) = try search(.tessFullFrame, seed: seed)
            let truth = try XCTUnwrap(star.star.truth.ephemeris)
            let found = result.signals.first { abs($0.period / truth.period - 1) < 0.002 }
            XCTAssertNotNil(found, "seed \(seed): P \(truth.period) d, signals \(result.signals.map(\.period)), "
                + "rejected \(result.rejected.map(\.reason))")
            XCTAssertEqual(found?.transitCount, 3)
            XCTAssertNil(found?.periodAliases)
        }
    }

    /// Two transits 23.2 days apart in a TESS sector whose mid-sector gap could hide the one between
    /// them: a periodic signal at Δt/2 (the truth) with both periods listed, not two lone events.
    func testTwoTransitsAroundTheGapAreAPeriodicSignalWithTheirAliases() throws {
        let (star, result) = try search(.tessTwoMinute, seed: 2_923_870_930)
        let truth = try XCTUnwrap(star.star.truth.ephemeris)
        let found = try XCTUnwrap(result.signals.first { abs($0.period / truth.period - 1) < 0.002 },
                                  "signals \(result.signals.map(\.period)), rejected \(result.rejected.map(\.reason))")
        XCTAssertEqual(found.transitCount, 2)
        let aliases = try XCTUnwrap(found.periodAliases)
        XCTAssertEqual(aliases.count, 2)
        XCTAssertEqual(aliases[0], truth.period, accuracy: 0.02)
        XCTAssertEqual(aliases[1], 2 * truth.period, accuracy: 0.04)
        XCTAssertFalse(result.singleTransits.contains { found.ephemeris.isInTransit($0.epoch) },
                       "the transits are the signal's, not lone events")
    }

    /// Planets at 0.507 and 0.580 d (inside 3 R★ of a Sun-like star, where TLS's grid stops) are
    /// found at their periods, not at twice them.
    func testUltraShortPeriodsAreFoundAtTheirPeriod() throws {
        for seed: UInt64 in [2_923_870_912, 2_923_870_921] {
            let (star, result) = try search(.tessTwoMinute, seed: seed)
            let truth = try XCTUnwrap(star.star.truth.ephemeris)
            XCTAssertLessThan(truth.period, 0.6)
            let first = try XCTUnwrap(result.signals.first, "seed \(seed)")
            XCTAssertEqual(first.period, truth.period, accuracy: 0.001 * truth.period, "seed \(seed): \(result.signals.map(\.period))")
        }
    }

    /// Below the Roche limit the Ofir grid continues with its own spacing down to the minimum period;
    /// above it the periods are unchanged (TLS's).
    func testOfirGridReachesTheMinimumPeriod() throws {
        let roche = try PeriodGrid.ofir(timeSpan: 27)
        let extended = try PeriodGrid.ofir(timeSpan: 27, minimumPeriod: 0.3)
        XCTAssertEqual(roche.first ?? 0, 0.60, accuracy: 0.01)
        XCTAssertGreaterThan(extended.first ?? 0, 0.3)
        XCTAssertLessThan(extended.first ?? 1, 0.31)
        XCTAssertEqual(Array(extended.drop { $0 < roche[0] }), roche)
    }
}
