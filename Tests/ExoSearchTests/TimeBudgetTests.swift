import ExoLightCurve
import XCTest
@testable import ExoSearch

/// `TransitSearchConfiguration.timeBudget`: a search past its budget stops with an error naming the
/// light curve's files and the budget; a budget it stays within changes nothing.
final class TimeBudgetTests: XCTestCase {
    private func star() -> LightCurve {
        var star = SyntheticStar()
        star.bodies = [.init(period: 3.2888, epoch: 1001.37, duration: 0.12, depth: 0.002)]
        var lightCurve = star.make(seed: 11)
        lightCurve.metadata.sources = ["/data/star-a.fits", "/data/star-b.fits"]
        return lightCurve
    }

    func testSearchPastItsBudgetStopsWithAnErrorNamingTheFilesAndTheBudget() {
        var config = TransitSearchConfiguration()
        config.timeBudget = 1e-9  // spent before detrending ends, on any machine
        XCTAssertThrowsError(try TransitSearch(configuration: config).run(on: star())) { error in
            XCTAssertEqual(error as? SearchError,
                           .timeBudgetExceeded(source: "/data/star-a.fits, /data/star-b.fits", budget: 1e-9, step: "detrending"))
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("/data/star-a.fits, /data/star-b.fits: the search exceeded its time budget of 1e-09 s"), message)
            XCTAssertTrue(message.contains("--time-budget"), message)
        }
    }

    func testBudgetTheSearchStaysWithinChangesNothing() throws {
        let unlimited = try TransitSearch().run(on: star())
        var config = TransitSearchConfiguration()
        config.timeBudget = 3600
        let budgeted = try TransitSearch(configuration: config).run(on: star())
        XCTAssertEqual(budgeted.signals, unlimited.signals)
        XCTAssertFalse(unlimited.signals.isEmpty)
    }

    func testClockNamesTheStepAfterWhichTheBudgetRanOut() throws {
        XCTAssertNoThrow(try SearchClock(budget: 60, source: "a.fits").check(after: "search pass 1"))
        XCTAssertNoThrow(try SearchClock(budget: nil, source: "a.fits").check(after: "search pass 1"))
        let short = SearchClock(budget: 0.01, source: "a.fits")
        Thread.sleep(forTimeInterval: 0.05)
        XCTAssertThrowsError(try short.check(after: "search pass 2")) { error in
            XCTAssertEqual(error as? SearchError, .timeBudgetExceeded(source: "a.fits", budget: 0.01, step: "search pass 2"))
        }
    }
}
