import ExoSim
import ExoVetting
import XCTest

/// Spacecraft systematics left in a light curve (``InstrumentalSystematics``) are junk, not planets.
final class InstrumentalJunkTests: XCTestCase {
    /// The K2 roll sawtooth is found (at a multiple of the 6-hour firing interval, the shortest period
    /// searched being 0.5 d) and called not transit-like; a TESS sector with scattered light, settling
    /// ramps and pointing jumps gives no planet candidate. Seeds of `BenchMissions --kinds instrumental`.
    func testRollAndRampsAreNotPlanets() throws {
        let pipeline = try VettingPipeline()
        for seed in UInt64(2_396_454_912)...2_396_454_914 {
            let star = try MissionScenario.k2.star(.instrumental, seed: seed)
            let roll = try XCTUnwrap(star.star.truth.systematics?.sawtooth)
            let signals = try pipeline.vet(lightCurve: star.observedLightCurve, files: ["simulated"]).signals
            let first = try XCTUnwrap(signals.first, "K2 seed \(seed): the roll is found")
            let multiple = first.signal.period / roll.period
            XCTAssertEqual(multiple, multiple.rounded(), accuracy: 0.02, "K2 seed \(seed): \(first.signal.period) d")
            XCTAssertTrue(signals.allSatisfy { $0.verdict == .notTransitLike },
                          "K2 seed \(seed): \(signals.map { ($0.signal.period, $0.verdict) })")
        }
        for seed in UInt64(2_664_890_368)...2_664_890_370 {
            let star = try MissionScenario.tessTwoMinute.star(.instrumental, seed: seed)
            let result = try pipeline.vet(lightCurve: star.observedLightCurve, files: ["simulated"])
            XCTAssertFalse(result.signals.contains { $0.verdict == .planetCandidate },
                           "TESS seed \(seed): \(result.signals.map { ($0.signal.period, $0.verdict) })")
        }
    }
}
