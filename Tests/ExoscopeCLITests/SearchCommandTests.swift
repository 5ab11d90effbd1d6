import ExoRandom
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

    /// A seeded 27-day curve (10-min cadence, 1,000 ppm noise) with one 5,000 ppm, 6-hour dip at day 9.3:
    /// `single_transits` lists it with the documented keys.
    func testJSONListsALoneTransit() throws {
        var generator = SeededGenerator(seed: 15)
        var csv = "time,flux,flux_err\n"
        for i in 0..<Int(27 * 144) {
            let t = 2000 + Double(i) / 144
            let dip = abs(t - 2009.3) < 0.125 ? 0.005 : 0
            csv += "\(t),\(1 - dip + 0.001 * generator.nextGaussian()),0.001\n"
        }
        let folder = try SharedData.temporaryDirectory("single-transit-cli")
        let url = folder.appendingPathComponent("lone.csv")
        try csv.write(to: url, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["search", url.path, "--json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        let events = try XCTUnwrap(stars.first?["single_transits"] as? [[String: Any]])
        XCTAssertEqual(events.count, 1, result.standardOutput)
        let event = try XCTUnwrap(events.first)
        for key in ["epoch", "duration", "depth", "depth_err", "snr", "verdict", "reasons", "flags", "period_lower_limit",
                    "period_estimate"] {
            XCTAssertNotNil(event[key], "missing \(key)")
        }
        XCTAssertEqual(try XCTUnwrap(event["epoch"] as? Double), 2009.3, accuracy: 1.0 / 24)
        XCTAssertEqual(event["verdict"] as? String, "planet-candidate")
    }

    /// An unreadable file among readable ones: every star is still searched, the bad one is listed
    /// with its error (in the table and in JSON), and the exit status is 1.
    func testUnreadableFileDoesNotStopTheOthers() throws {
        var generator = SeededGenerator(seed: 16)
        var csv = "time,flux,flux_err\n"
        for i in 0..<Int(10 * 144) { csv += "\(2000 + Double(i) / 144),\(1 + 0.001 * generator.nextGaussian()),0.001\n" }
        let folder = try SharedData.temporaryDirectory("search-bad-input")
        let good = folder.appendingPathComponent("quiet.csv"), bad = folder.appendingPathComponent("broken.fits")
        try csv.write(to: good, atomically: true, encoding: .utf8)
        try Data("just some words\n".utf8).write(to: bad)
        let table = try CommandRunner.run(["search", bad.path, good.path])
        XCTAssertEqual(table.status, 1, table.standardError)
        XCTAssertTrue(table.standardOutput.contains("broken.fits (1 file): error: \(bad.path): not a FITS file"), table.standardOutput)
        XCTAssertTrue(table.standardOutput.contains("quiet (unknown, 1 file)"), table.standardOutput)
        XCTAssertTrue(table.standardError.contains("error: \(bad.path): not a FITS file"), table.standardError)
        XCTAssertTrue(table.standardError.contains("1 of 2 stars failed"), table.standardError)
        let json = try CommandRunner.run(["search", bad.path, good.path, "--json"])
        XCTAssertEqual(json.status, 1, json.standardError)
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(stars.count, 2)
        XCTAssertTrue((stars[0]["error"] as? String)?.contains("not a FITS file") == true, "\(stars[0])")
        XCTAssertNil(stars[1]["error"])
        XCTAssertNotNil(stars[1]["time_reference"])
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
