import XCTest
@testable import ExoSearch

/// Pure white-noise light curves (seeded) stay below the default SDE threshold in at least 99% of
/// cases: the false-alarm test behind `TransitSearchConfiguration.defaultSDEThreshold`
/// (calibration in `docs/search.md`).
final class FalseAlarmTests: XCTestCase {
    func testNoiseCurvesStayBelowTheDefaultThreshold() throws {
        var config = TransitSearchConfiguration()
        config.threads = 2
        let trials = 100
        var above = 0
        for seed in 0..<trials {
            var star = SyntheticStar()
            star.cadence = 10.0 / 1440
            star.variability = 0
            let result = try TransitSearch(configuration: config).run(on: star.make(seed: UInt64(50_000 + seed)))
            let sde = result.periodogram.sde.max() ?? 0
            if sde >= TransitSearchConfiguration.defaultSDEThreshold { above += 1 }
            XCTAssertTrue(result.signals.allSatisfy { $0.sde >= TransitSearchConfiguration.defaultSDEThreshold })
        }
        XCTAssertLessThanOrEqual(above, trials / 100, "\(above) of \(trials) noise curves reached the threshold")
    }
}
