import ExoBasics
import ExoLightCurve
import XCTest
@testable import ExoDetrend

final class DetrenderTests: XCTestCase {
    /// Mean flattened flux in transit, as a depth.
    func depth(_ flattened: LightCurve, _ inTransit: [Bool]) -> Double {
        let inside = flattened.indices.filter { inTransit[$0] }.map { flattened.flux[$0] }
        let outside = flattened.indices.filter { !inTransit[$0] }.map { flattened.flux[$0] }
        return outside.reduce(0, +) / Double(outside.count) - inside.reduce(0, +) / Double(inside.count)
    }

    func testBiweightWithMaskKeepsDepth() {
        let (lc, _, inTransit) = SyntheticLightCurve.make()
        let result = Detrender.biweight(windowDays: 0.5).detrend(lc, mask: inTransit)
        // 0.002 deep; the noise on the mean of ~24 in-transit points per transit × 4 is ~5e-5.
        XCTAssertEqual(depth(result.flattened, inTransit), 0.002, accuracy: 2e-4)
        let scatter = RobustStatistics.standardDeviation(result.flattened.flux)
        XCTAssertEqual(scatter, 5e-4, accuracy: 1e-4)
    }

    func testSplineFollowsTrendAndKeepsMaskedTransits() {
        let (lc, truth, inTransit) = SyntheticLightCurve.make()
        let fit = SplineDetrender().fit(time: lc.time, flux: lc.flux, mask: inTransit)
        var worst = 0.0
        for i in lc.indices { worst = max(worst, abs(fit.trend[i] - truth[i])) }
        XCTAssertLessThan(worst, 5e-4)  // one noise sigma at worst over 500 points
        XCTAssertLessThan(fit.knotSpacing, 3)  // a 3-day sinusoid needs knots closer than 3 d
        let flattened = Detrender.spline.detrend(lc, mask: inTransit).flattened
        XCTAssertEqual(depth(flattened, inTransit), 0.002, accuracy: 2e-4)
    }

    func testBICPrefersWideKnotsForAFlatCurve() {
        let (lc, _, _) = SyntheticLightCurve.make(trendAmplitude: 0, depth: 0)
        let fit = SplineDetrender().fit(time: lc.time, flux: lc.flux)
        XCTAssertGreaterThan(fit.knotSpacing, 5)
    }

    func testUpwardOutliersClippedButNotTransits() {
        var (lc, _, inTransit) = SyntheticLightCurve.make(trendAmplitude: 0, depth: 0.01)
        for i in [50, 200, 333] { lc.flux[i] += 0.01 }
        let outliers = UpwardOutlierClipper(sigma: 5).outliers(in: lc.flux)
        XCTAssertEqual(lc.indices.filter { outliers[$0] }, [50, 200, 333])
        XCTAssertFalse(lc.indices.contains { outliers[$0] && inTransit[$0] })
    }

    func testGapSplitting() {
        let segments = GapSplitter.segments(time: [0, 0.1, 0.2, 1.5, 1.6, 5], maxGapDays: 0.5)
        XCTAssertEqual(segments, [0..<3, 3..<5, 5..<6])
        XCTAssertEqual(GapSplitter.segments(time: [], maxGapDays: 0.5), [])
    }

    func testDefaultWindow() {
        XCTAssertEqual(Detrender.defaultWindow(longestDurationDays: 0.1), 0.5)
        XCTAssertEqual(Detrender.defaultWindow(longestDurationDays: 0.4), 1.2, accuracy: 1e-12)
        XCTAssertEqual(Detrender.defaultWindow(longestDurationDays: 0.1, cadenceDays: 0.1), 1.0, accuracy: 1e-12)
    }
}
