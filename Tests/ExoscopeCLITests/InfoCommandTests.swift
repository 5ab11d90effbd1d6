import ExoTestSupport
import Foundation
import XCTest

final class InfoCommandTests: XCTestCase {
    func testInfoTextAndJSON() throws {
        let path = "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let text = try CommandRunner.run(["info", url.path])
        XCTAssertEqual(text.status, 0, text.standardError)
        XCTAssertTrue(text.standardOutput.contains("TIC 25155310"))
        XCTAssertTrue(text.standardOutput.contains("18104 kept, 1972 dropped by the default quality mask"), text.standardOutput)
        XCTAssertTrue(text.standardOutput.contains("LIGHTCURVE (binary table, 20076 rows)"), text.standardOutput)

        let json = try CommandRunner.run(["info", "--json", "--quality", "none", url.path])
        XCTAssertEqual(json.status, 0, json.standardError)
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let info = try XCTUnwrap(objects.first)
        XCTAssertEqual(info["mission"] as? String, "TESS")
        XCTAssertEqual(info["target"] as? String, "TIC 25155310")
        XCTAssertEqual(info["segment"] as? Int, 1)
        XCTAssertEqual(info["rows"] as? Int, 20076)
        // Without a mask the flagged cadences are still dropped: their PDCSAP flux is NaN.
        XCTAssertEqual(info["kept"] as? Int, 18104)
        XCTAssertEqual(info["dropped_by_quality"] as? Int, 0)
        XCTAssertEqual(info["dropped_non_finite"] as? Int, 1972)
        XCTAssertEqual(info["time_reference"] as? Double, 2_457_000)
        XCTAssertEqual((info["hdus"] as? [Any])?.count, 3)
    }

    func testInfoOnFileWithoutLightCurveFailsButDescribesIt() throws {
        let path = "fits/edge/ktwo201907706-c01-first-cadence.fits.gz"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let result = try CommandRunner.run(["info", url.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.hasPrefix("error: \(url.path): no light curve"), result.standardError)
        XCTAssertTrue(result.standardOutput.contains("IMAGE (image, 15x14)"), result.standardOutput)
    }
}
