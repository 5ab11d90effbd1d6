import ExoLightCurve
import ExoSearch
import ExoSim
import XCTest

/// A short-period planet under a fast rotator's spots: the search shortens and iterates its
/// detrending window and still finds the planet; without the rotation the planet is found as before.
final class FastRotatorTests: XCTestCase {
    /// A TESS sector of a simulated star (seeded), with or without 0.7-day rotation and 1% spots, and
    /// a 1.2-day, 0.3%-deep planet multiplied in.
    func star(rotating: Bool, seed: UInt64) throws -> LightCurve {
        let parameters = SimulationParameters(magnitude: 10, rotationPeriod: rotating ? 0.7 : nil,
                                              spotAmplitude: rotating ? 0.01 : nil)
        let simulated = try StarSimulator(kind: rotating ? .variable : .quiet, mission: .tess, seed: seed,
                                          parameters: parameters).simulate()
        let start = simulated.lightCurve.time.first ?? 0
        let planet = try SignalInjector.planet(period: 1.2, epoch: start + 0.37, depth: 0.003)
        return SignalInjector.inject(planet, into: simulated.lightCurve)
    }

    func testPlanetUnderFastRotatorRecovered() throws {
        for seed: UInt64 in [11, 12] {
            let result = try TransitSearch().run(on: star(rotating: true, seed: seed))
            let first = try XCTUnwrap(result.signals.first, "seed \(seed): nothing found")
            XCTAssertEqual(first.period, 1.2, accuracy: 0.005, "seed \(seed): \(result.signals.map(\.period))")
        }
    }

    func testSamePlanetWithoutRotationRecovered() throws {
        let result = try TransitSearch().run(on: star(rotating: false, seed: 11))
        let first = try XCTUnwrap(result.signals.first)
        XCTAssertEqual(first.period, 1.2, accuracy: 0.005)
        XCTAssertEqual(first.depth, 0.003, accuracy: 0.0006)
    }
}
