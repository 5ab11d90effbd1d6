import ExoLightCurve
import ExoRandom
import Foundation
import XCTest

@testable import ExoSim

final class InstrumentalSystematicsTests: XCTestCase {
    /// Each part has the shape its documentation gives: a ramp is `1 + amplitude` at its anchor and falls by
    /// e in one timescale on its side only; a dropout drops by its amplitude and recovers to its permanent
    /// share; the sawtooth spans its amplitude peak to peak about 1.
    func testPartsHaveTheirDocumentedShape() {
        let ramp = InstrumentalSystematics(ramps: [.init(time: 10, amplitude: -0.002, timescale: 0.5, side: .after)])
        let r = ramp.factor(at: [9.9, 10, 10.5, 30])
        XCTAssertEqual(r[0], 1)
        XCTAssertEqual(r[1], 0.998, accuracy: 1e-12)
        XCTAssertEqual(r[2], 1 - 0.002 / M_E, accuracy: 1e-12)
        XCTAssertEqual(r[3], 1)
        let light = InstrumentalSystematics(ramps: [.init(time: 10, amplitude: 0.004, timescale: 1, side: .before)])
        XCTAssertEqual(light.factor(at: [9, 10, 10.1]), [1 + 0.004 / M_E, 1.004, 1])

        let dropout = InstrumentalSystematics(steps: [.init(time: 5, end: 20, amplitude: 0.001, permanentFraction: 0.6,
                                                            recoveryTime: 0.2)])
        let d = dropout.factor(at: [4.99, 5, 15, 20])
        XCTAssertEqual(d[0], 1)
        XCTAssertEqual(d[1], 0.999, accuracy: 1e-12)
        XCTAssertEqual(d[2], 1 - 0.0006, accuracy: 1e-12)
        XCTAssertEqual(d[3], 1, "the step ends at the next gap")

        let roll = InstrumentalSystematics(sawtooth: .init(period: 0.25, amplitude: 0.002, phaseZero: 0))
        let times = (0..<1000).map { Double($0) * 0.25 / 1000 }
        let f = roll.factor(at: times)
        XCTAssertEqual(f.max()! - f.min()!, 0.002, accuracy: 1e-5)
        XCTAssertEqual(f.reduce(0, +) / Double(f.count), 1, accuracy: 1e-5)
    }

    /// The draws follow the instrument: ramps only at the start and at gap ends (or, for TESS scattered
    /// light, at gap starts and the end), Kepler dropouts inside the observations, the K2 roll at the
    /// thruster-firing interval, a pointing jump at every TESS momentum dump.
    func testDrawsFollowEachInstrument() {
        for seed in UInt64(1)...20 {
            var draws = SeededGenerator(seed: seed)
            let kepler = InstrumentModel.keplerQuarters(first: 4, count: 2)
            let k = InstrumentalSystematics.draw(for: kepler, generator: &draws)
            let anchors = [kepler.startTime] + kepler.gaps.map { kepler.startTime + $0.upperBound }
            XCTAssertTrue(k.ramps.allSatisfy { ramp in ramp.side == .after && anchors.contains(ramp.time) })
            XCTAssertTrue(k.steps.allSatisfy { $0.time >= kepler.startTime && $0.end <= kepler.startTime + kepler.spanDays })
            XCTAssertLessThanOrEqual(k.steps.count, 4)
            XCTAssertNil(k.sawtooth)

            let campaign = InstrumentModel.k2Campaign(5)
            let roll = InstrumentalSystematics.draw(for: campaign, generator: &draws).sawtooth
            XCTAssertEqual(roll?.period, campaign.eventInterval)
            XCTAssertTrue((1e-4...3e-3).contains(roll?.amplitude ?? 0))

            let sector = InstrumentModel.tessSector(7)
            let t = InstrumentalSystematics.draw(for: sector, generator: &draws)
            XCTAssertEqual(t.steps.count, Int((sector.spanDays / sector.eventInterval - 0.5).rounded(.up)))
            XCTAssertTrue(t.steps.allSatisfy { $0.permanentFraction == 1 })
            let ends = sector.gaps.map { sector.startTime + $0.lowerBound } + [sector.startTime + sector.spanDays]
            XCTAssertTrue(t.ramps.filter { $0.side == .before }.allSatisfy { ends.contains($0.time) })
        }
    }

    /// An instrumental star is its quiet twin (same seed) times the systematics, in the cadences a user's
    /// default quality mask keeps; its label is J and its truth records the systematics.
    func testInstrumentalStarIsItsQuietTwinTimesTheSystematics() throws {
        for mission in [Mission.kepler, .k2, .tess] {
            var noiseless = SimulationParameters()
            noiseless.addNoise = false
            let quiet = try StarSimulator(kind: .quiet, mission: mission, seed: 5, parameters: noiseless).simulate()
            let junk = try StarSimulator(kind: .instrumental, mission: mission, seed: 5, parameters: noiseless).simulate()
            XCTAssertEqual(junk.truth.label, "J")
            XCTAssertNil(quiet.truth.systematics)
            let systematics = try XCTUnwrap(junk.truth.systematics)
            let factor = systematics.factor(at: junk.lightCurve.time)
            var largest = 0.0
            for i in junk.lightCurve.time.indices where junk.lightCurve.quality[i] == 0 {
                XCTAssertEqual(junk.lightCurve.flux[i] / quiet.lightCurve.flux[i], factor[i], accuracy: 1e-12)
                largest = max(largest, abs(factor[i] - 1))
            }
            XCTAssertGreaterThan(largest, 5e-5, "\(mission): the systematics reach the unflagged cadences")
            let again = try StarSimulator(kind: .instrumental, mission: mission, seed: 5, parameters: noiseless).simulate()
            XCTAssertEqual(again.truth, junk.truth)
        }
    }
}
