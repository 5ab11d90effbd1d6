import ExoTestSupport
import Foundation
import XCTest

/// `exoscope search` end to end on a shared TESS light curve, and its errors.
final class SearchCommandTests: XCTestCase {
    func testJSONHasTheDocumentedKeysAndFindsWASP100b() throws {
        let path = "fits/tess/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let result = try CommandRunner.run(["search", url.path, "--json", "--max-signals", "1"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(stars.count, 1)
        XCTAssertEqual(stars[0]["target"] as? String, "TIC 38846515")
        let signals = try XCTUnwrap(stars[0]["signals"] as? [[String: Any]])
        let first = try XCTUnwrap(signals.first)
        for key in ["period", "epoch", "duration", "depth", "depth_err", "snr", "sde", "transit_count", "diagnostics", "flags"] {
            XCTAssertNotNil(first[key], "missing \(key)")
        }
        XCTAssertEqual(try XCTUnwrap(first["period"] as? Double), 2.849375, accuracy: 2.85e-3)
    }

    func testMissingFileAndBadOptionsFail() throws {
        let missing = try CommandRunner.run(["search", "/nonexistent/light-curve.fits"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.standardError.contains("error:"), missing.standardError)
        XCTAssertTrue(missing.standardError.contains("/nonexistent/light-curve.fits"), missing.standardError)
        let bad = try CommandRunner.run(["search", "x.fits", "--min-period", "5", "--max-period", "2"])
        XCTAssertNotEqual(bad.status, 0)
    }
}
