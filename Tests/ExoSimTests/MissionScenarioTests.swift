import ExoLightCurve
import Foundation
import XCTest

@testable import ExoSim

final class MissionScenarioTests: XCTestCase {
    func testInstrumentsCoverEachMissionAndCadence() {
        let four = InstrumentModel.keplerQuarters(first: 2, count: 4)
        XCTAssertEqual(four.spanDays, 363.5)
        let grid = four.cadences()
        XCTAssertEqual(grid.times.last! - grid.times.first!, 363.5, accuracy: 0.1)
        XCTAssertEqual(Set(grid.segments).count, 4 * 3)  // monthly downlinks and quarter gaps
        XCTAssertEqual(InstrumentModel.keplerQuarters(first: 3, count: 1), InstrumentModel.keplerQuarter(3))
        XCTAssertEqual(InstrumentModel.tessFullFrame(sector: 5).cadenceDays * 1440, 30, accuracy: 1e-9)
        XCTAssertEqual(InstrumentModel.tessFullFrame(sector: 40).cadenceDays * 1440, 10, accuracy: 1e-9)
        XCTAssertEqual(InstrumentModel.tessFullFrame(sector: 60).cadenceDays * 86400, 200, accuracy: 1e-6)
        // Longer exposures average the white noise down (30 min vs 2 min at the same magnitude, with a higher floor).
        let ffi = InstrumentModel.tessFullFrame(sector: 5).noise.relativeNoise(magnitude: 12)
        let twoMinute = InstrumentModel.tessSector(5).noise.relativeNoise(magnitude: 12)
        XCTAssertLessThan(ffi, twoMinute / 3)
    }

    func testStarsAreSeededAndMatchTheirKind() throws {
        for scenario in MissionScenario.allCases {
            let planet = try scenario.star(.planet, seed: 11)
            let again = try scenario.star(.planet, seed: 11)
            XCTAssertEqual(planet.star.lightCurve.flux, again.star.lightCurve.flux, scenario.rawValue)
            let e = try XCTUnwrap(planet.star.truth.ephemeris)
            XCTAssertLessThanOrEqual(e.period, planet.spanDays / 2, scenario.rawValue)
            // At least two transits fall inside the observed span.
            let start = planet.star.lightCurve.time.first!, end = planet.star.lightCurve.time.last!
            XCTAssertLessThanOrEqual(e.epoch + e.period, end + e.duration, scenario.rawValue)
            XCTAssertGreaterThanOrEqual(e.epoch, start - e.duration, scenario.rawValue)
            XCTAssertTrue((4...80).contains(planet.expectedSNR), "\(scenario.rawValue) SNR \(planet.expectedSNR)")
            XCTAssertEqual(planet.star.lightCurve.metadata.mission, scenario.mission)

            let twins = try scenario.star(.ebEqual, seed: 12)
            let primary = try XCTUnwrap(twins.star.truth.ephemeris), secondary = try XCTUnwrap(twins.star.truth.secondaryEclipse)
            XCTAssertEqual(secondary.depth, primary.depth, accuracy: 0.1 * primary.depth, "equal eclipses, \(scenario.rawValue)")
            let diluted = try scenario.star(.ebDiluted, seed: 13)
            XCTAssertGreaterThanOrEqual(try XCTUnwrap(diluted.star.truth.binary).thirdLightFraction, 0.8)
            let eccentric = try scenario.star(.ebEccentric, seed: 14)
            XCTAssertGreaterThanOrEqual(try XCTUnwrap(eccentric.star.truth.binary).orbit.eccentricity, 0.1)
            let quiet = try scenario.star(.quiet, seed: 15)
            XCTAssertNil(quiet.star.truth.ephemeris)
            XCTAssertEqual(quiet.expectedSNR, 0)
        }
    }

    /// Lists of scenarios by name prefix and of kinds by name, as `dataset` and `BenchMissions` take them.
    func testScenariosAndKindsByName() {
        XCTAssertEqual(MissionScenario.named("kepler, tess f"), [.keplerLongCadence, .tessFullFrame])
        XCTAssertEqual(MissionScenario.named("K2,TESS 2"), [.k2, .tessTwoMinute])
        XCTAssertEqual(MissionScenario.named("hubble"), [])
        let named = MissionScenario.Kind.named("quiet,planet,comet")
        XCTAssertEqual(named.kinds, [.planet, .quiet])
        XCTAssertEqual(named.unknown, ["comet"])
    }
}
