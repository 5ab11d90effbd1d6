import ExoLightCurve
import XCTest

@testable import ExoViews

final class TransitViewsTests: XCTestCase {
    /// A 2-minute-cadence box-transit light curve: depth 1% (odd) / `evenDepth` (even), and a
    /// secondary eclipse of `secondaryDepth` at phase `secondaryPhase` (fraction of the period).
    private func boxLightCurve(period: Double = 3, epoch: Double = 1.1, duration: Double = 0.15, evenDepth: Double = 0.01,
                               secondaryDepth: Double = 0.002, secondaryPhase: Double = 0.5) -> LightCurve {
        let cadence = 2.0 / 1440
        let time = (0..<Int(27 / cadence)).map { Double($0) * cadence }
        let flux = time.map { t -> Double in
            let cycle = ((t - epoch) / period).rounded()
            let dt = t - epoch - cycle * period
            if abs(dt) < duration / 2 { return 1 - (Int(cycle) % 2 == 0 ? evenDepth : 0.01) }
            var ds = (t - epoch - secondaryPhase * period) / period
            ds = (ds - ds.rounded()) * period
            if abs(ds) < duration / 2 { return 1 - secondaryDepth }
            return 1 + 1e-4 * sin(Double(t) * 37)
        }
        return LightCurve(time: time, flux: flux)
    }

    func testViewSizesAndNormalisation() throws {
        let views = try TransitViews.make(lightCurve: boxLightCurve(), period: 3, epoch: 1.1, duration: 0.15)
        XCTAssertEqual(views.viewSet.sizes, .tess)
        XCTAssertEqual(views.odd.count, 61)
        for view in [views.global, views.local, views.secondaryView] {
            XCTAssertEqual(view.min() ?? 0, -1, accuracy: 1e-6)
            let sorted = view.sorted()
            XCTAssertEqual(sorted[sorted.count / 2], 0, accuracy: 1e-3)
        }
        // The transit sits at the centre of the global and local views.
        XCTAssertEqual(views.global[100], -1, accuracy: 1e-6)
        XCTAssertEqual(views.local[30], -1, accuracy: 1e-6)
        // Local view: flat outside ±0.5 durations (bins 0.16 durations wide, 0.064 apart).
        XCTAssertEqual(views.local[0], 0, accuracy: 0.05)
        XCTAssertEqual(views.local[60], 0, accuracy: 0.05)
    }

    func testSecondaryEclipseFoundAwayFromTransit() throws {
        let views = try TransitViews.make(lightCurve: boxLightCurve(secondaryPhase: 0.4), period: 3, epoch: 1.1, duration: 0.15)
        let secondary = try XCTUnwrap(views.secondary)
        // Phase 0.4 of 3 days = 1.2 days after the transit; the box steps a quarter duration.
        XCTAssertEqual(secondary.phase, 1.2, accuracy: 0.15 / 4)
        XCTAssertEqual(secondary.depth, 0.002, accuracy: 3e-4)
        XCTAssertEqual(views.secondaryView[30], -1, accuracy: 1e-6)
    }

    func testSecondaryViewLeavesOutThePrimaryTransit() throws {
        // Short period: the secondary candidate (phase 0.22, 2.2 durations after the transit) is closer to the
        // transit than the view's half span (4 durations). The primary (20x deeper) must not enter the view.
        let lightCurve = boxLightCurve(period: 0.8, epoch: 0.3, duration: 0.08, secondaryDepth: 0.0005, secondaryPhase: 0.22)
        let views = try TransitViews.make(lightCurve: lightCurve, period: 0.8, epoch: 0.3, duration: 0.08)
        let secondary = try XCTUnwrap(views.secondary)
        XCTAssertEqual(secondary.phase, 0.176, accuracy: 0.08 / 4)
        XCTAssertEqual(views.secondaryView[30], -1, accuracy: 0.1)
        XCTAssertGreaterThan(views.secondaryView.min() ?? 0, -1.001)
    }

    func testOddEvenViewsShowAlternatingDepths() throws {
        let views = try TransitViews.make(lightCurve: boxLightCurve(evenDepth: 0.005), period: 3, epoch: 1.1, duration: 0.15)
        // Even transits (cycle 0, 2, ...) are half as deep as odd ones, on the local view's scale.
        XCTAssertEqual(Double(views.odd[30]) / Double(views.even[30]), 2, accuracy: 0.1)
    }

    func testKeplerSizesAndEmptyBinInterpolation() throws {
        var lightCurve = boxLightCurve()
        lightCurve = lightCurve.filtered { lightCurve.time[$0] < 6 }  // two orbits: sparse phases
        var configuration = ViewConfiguration.kepler
        configuration.emptyBinFill = .interpolate
        let views = try TransitViews.make(lightCurve: lightCurve, period: 3, epoch: 1.1, duration: 0.15, configuration: configuration)
        XCTAssertEqual(views.viewSet.sizes, ViewSizes(global: 2001, local: 201, secondary: 201))
        XCTAssertFalse(views.global.contains { !$0.isFinite })
    }

    func testMedianBinnerFillsEmptyBins() {
        let binner = MedianBinner(binCount: 5, binWidth: 1, xMin: 0, xMax: 5)
        let binned = binner.bin(x: [0.1, 0.2, 0.9, 2.5, 4.5], y: [1, 3, 2, 10, 6])
        XCTAssertEqual(binned.centers, [0.5, 1.5, 2.5, 3.5, 4.5])
        XCTAssertEqual(binned.counts, [3, 0, 1, 0, 1])
        XCTAssertEqual(binned.values, [2, 3, 10, 3, 6])  // empty bins take the median of all points (3)
        var interpolating = binner
        interpolating.fill = .interpolate
        XCTAssertEqual(interpolating.bin(x: [0.1, 0.2, 0.9, 2.5, 4.5], y: [1, 3, 2, 10, 6]).values, [2, 6, 10, 8, 6])
    }

    func testInvalidEphemerisThrows() {
        XCTAssertThrowsError(try TransitViews.make(lightCurve: boxLightCurve(), period: 0, epoch: 1, duration: 0.1))
    }
}
