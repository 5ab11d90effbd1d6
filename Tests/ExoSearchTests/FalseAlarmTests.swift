import XCTest
@testable import ExoSearch

/// Pure white-noise light curves (seeded) stay below the default SDE threshold in at least 99% of
/// cases at short and long baselines: the false-alarm test behind
/// `TransitSearchConfiguration.defaultSDEThreshold(periodCount:)` (calibration in `docs/search.md`;
/// these seeds, 50000+, are not the calibration's).
final class FalseAlarmTests: XCTestCase {
    /// Searches `trials` noise curves of `days` at `cadenceMinutes` (one day missing in the middle,
    /// as in the calibration) and checks that at most 1% reach the default threshold and that
    /// nothing below it is reported.
    private func assertNoiseStaysBelowDefault(days: Double, cadenceMinutes: Double, trials: Int,
                                              file: StaticString = #filePath, line: UInt = #line) throws {
        var config = TransitSearchConfiguration()
        config.threads = 2
        var above: [String] = []
        for seed in 0..<trials {
            var star = SyntheticStar()
            star.days = days
            star.cadence = cadenceMinutes / 1440
            star.variability = 0
            star.gap = (days / 2 - 0.5)...(days / 2 + 0.5)
            let result = try TransitSearch(configuration: config).run(on: star.make(seed: UInt64(50_000 + seed)))
            let expected = TransitSearchConfiguration.defaultSDEThreshold(periodCount: result.periodogram.periods.count)
            XCTAssertEqual(result.sdeThreshold, expected, file: file, line: line)
            let sde = result.periodogram.sde.max() ?? 0
            if sde >= result.sdeThreshold { above.append(String(format: "seed %d: %.2f ≥ %.2f", 50_000 + seed, sde, result.sdeThreshold)) }
            XCTAssertTrue(result.signals.allSatisfy { $0.sde >= result.sdeThreshold || $0.snr >= config.snrThreshold },
                          file: file, line: line)
        }
        XCTAssertLessThanOrEqual(above.count, trials / 100, "\(days) d at \(cadenceMinutes) min: \(above.count) of \(trials) "
                                 + "noise curves reached the default threshold: \(above)", file: file, line: line)
    }

    func testTenDaysAtTenMinutes() throws {
        try assertNoiseStaysBelowDefault(days: 10, cadenceMinutes: 10, trials: 1000)
    }

    func testTwentySevenDaysAtThirtyMinutes() throws {
        try assertNoiseStaysBelowDefault(days: 27, cadenceMinutes: 30, trials: 300)
    }

    func testEightyDaysAtThirtyMinutes() throws {
        try assertNoiseStaysBelowDefault(days: 80, cadenceMinutes: 30, trials: 200)
    }

    /// The default threshold grows with the number of trial periods; a given threshold applies to
    /// every pass.
    func testDefaultGrowsWithTheGridAndAGivenThresholdIsKept() throws {
        let counts = [700, 2_500, 8_500, 32_000]
        let thresholds = counts.map(TransitSearchConfiguration.defaultSDEThreshold(periodCount:))
        XCTAssertEqual(thresholds, thresholds.sorted())
        XCTAssertLessThan(thresholds[0], 7.5)
        XCTAssertGreaterThan(thresholds[3], 10)

        var config = TransitSearchConfiguration()
        config.sdeThreshold = 7.5
        let result = try TransitSearch(configuration: config).run(on: SyntheticStar().make(seed: 16))
        XCTAssertEqual(result.sdeThreshold, 7.5)
        XCTAssertEqual(result.companionSDEThreshold, 7.5)
        let byDefault = try TransitSearch().run(on: SyntheticStar().make(seed: 16))
        XCTAssertEqual(byDefault.companionSDEThreshold,
                       min(byDefault.sdeThreshold, TransitSearchConfiguration().companionSDEThreshold))
    }
}
