import XCTest
import ExoLightCurve

final class LightCurveTests: XCTestCase {
    func testRemovingNaNsDropsNonFiniteTimeOrFlux() {
        let lc = LightCurve(time: [1, .nan, 3, 4], flux: [10, 11, .infinity, 13])
        let clean = lc.removingNaNs()
        XCTAssertEqual(clean.time, [1, 4])
        XCTAssertEqual(clean.flux, [10, 13])
    }

    func testNormalizedDividesFluxAndErrorByMedian() {
        let lc = LightCurve(time: [0, 1, 2], flux: [2, 4, 6], fluxError: [0.2, 0.4, 0.6])
        let n = lc.normalized()
        XCTAssertEqual(n.flux, [0.5, 1, 1.5])
        XCTAssertEqual(n.fluxError[1], 0.1, accuracy: 1e-12)
        XCTAssertTrue(n.metadata.isNormalized)
    }
}
