import ExoDiagnostics
import ExoTestSupport
import XCTest

/// The centroid test on the two Kepler pixel files: KOI-608.01's transit comes from another star
/// (a certified false positive for its centroid offset), Kepler-10 b's from the target.
final class CentroidOffsetTests: XCTestCase {
    func testKOI608TransitSourceIsOffTheTarget() throws {
        let path = "fits/kepler/kplr005562784-2011271113734_lpd-targ.fits.gz"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        // DR24 ephemeris: P 25.3372 d, epoch 142.238 BKJD, duration 9.714 h. The astropy check
        // (difference image of the 3 transits in Q10) puts the source 0.62 pixels from the target.
        let offset = try XCTUnwrap(CentroidOffset.measure(pixelFile: url, period: 25.3372, epoch: 142.238,
                                                          duration: 9.714 / 24))
        XCTAssertGreaterThanOrEqual(offset.transitCount, 3)
        XCTAssertGreaterThanOrEqual(offset.significance, DiagnosticThresholds().centroidSigma, "\(offset)")
        XCTAssertGreaterThanOrEqual(offset.offsetPixels, DiagnosticThresholds().centroidOffsetPixels, "\(offset)")
    }

    func testKepler10bTransitSourceIsTheTarget() throws {
        let path = "fits/kepler/kplr011904151-2010009091648_lpd-targ.fits"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        // DR24 ephemeris of Kepler-10 b. astropy: 0.14 pixels, 19 transits.
        let offset = try XCTUnwrap(CentroidOffset.measure(pixelFile: url, period: 0.837479, epoch: 131.583,
                                                          duration: 1.544 / 24))
        let flagged = offset.significance >= DiagnosticThresholds().centroidSigma
            && offset.offsetPixels >= DiagnosticThresholds().centroidOffsetPixels
        XCTAssertFalse(flagged, "\(offset)")
    }

    func testLightCurveFilesHaveNoPixels() throws {
        let path = "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        XCTAssertNil(CentroidOffset.measure(pixelFile: url, period: 3.2888, epoch: 1327.52, duration: 0.14))
    }
}
