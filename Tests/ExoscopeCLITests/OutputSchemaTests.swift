import ExoRandom
import ExoTestSupport
import Foundation
import XCTest

/// Every JSON-writing command's output against docs/output.md, the schema: no undocumented key, no
/// missing documented one, plain slashes.
final class OutputSchemaTests: XCTestCase {
    private static let wasp100 = "fits/tess/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits"
    private static let koi608Pixels = "fits/kepler/kplr005562784-2011271113734_lpd-targ.fits.gz"

    private func file(_ path: String) throws -> URL {
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        return url
    }

    private func assertMatchesSchema(_ text: String, path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertFalse(text.contains("\\/"), "escaped slash in \(path) output", file: file, line: line)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let problems = try OutputSchema.documented().violations(of: json, at: path)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"), file: file, line: line)
    }

    /// The validator itself: an extra key, a missing key and an unknown object are each reported.
    func testSchemaCatchesUndocumentedAndMissingKeys() throws {
        let schema = try OutputSchema.documented()
        XCTAssertEqual(schema.violations(of: ["system": "BTJD", "bjd_offset": 2457000.0], at: "search[].time_reference"), [])
        XCTAssertEqual(schema.violations(of: ["system": "BTJD", "bjd_offset": 0.0, "scale": "tdb"], at: "search[].time_reference"),
                       ["search[].time_reference.scale: key not documented in docs/output.md"])
        XCTAssertEqual(schema.violations(of: ["system": "BTJD"], at: "vet[].time_reference"),
                       ["vet[].time_reference.bjd_offset: documented as always present, missing"])
        XCTAssertEqual(schema.violations(of: [["x": 1]], at: "plot"), ["plot[]: object not documented in docs/output.md"])
        // Keys marked "vet: always" are neither required nor allowed in search.
        XCTAssertFalse(schema.objects["search[].signals[]"]?.allowed.contains("verdict") ?? true)
        XCTAssertTrue(schema.objects["vet[].signals[]"]?.required.contains("verdict") ?? false)
    }

    /// WASP-100 (TESS) and a seeded text light curve with one lone transit: signals with their per-transit
    /// rows and timing errors, a single transit, both time references.
    func testSearchJSON() throws {
        let tess = try file(Self.wasp100)
        var generator = SeededGenerator(seed: 15)
        var csv = "time,flux,flux_err\n"
        for i in 0..<Int(27 * 144) {
            let t = 2000 + Double(i) / 144
            csv += "\(t),\(1 - (abs(t - 2009.3) < 0.125 ? 0.005 : 0) + 0.001 * generator.nextGaussian()),0.001\n"
        }
        let folder = try SharedData.temporaryDirectory("schema-search")
        let lone = folder.appendingPathComponent("lone.csv")
        try csv.write(to: lone, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["search", tess.path, lone.path, "--json", "--max-signals", "1"])
        XCTAssertEqual(result.status, 0, result.standardError)
        try assertMatchesSchema(result.standardOutput, path: "search")

        let stars = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual((stars[0]["time_reference"] as? [String: Any])?["system"] as? String, "BTJD")
        XCTAssertEqual((stars[1]["time_reference"] as? [String: Any])?["system"] as? String, "unknown")
        XCTAssertEqual((stars[1]["single_transits"] as? [Any])?.count, 1)
        let signal = try XCTUnwrap((stars[0]["signals"] as? [[String: Any]])?.first)
        let period = try XCTUnwrap(signal["period"] as? Double), epoch = try XCTUnwrap(signal["epoch"] as? Double)
        let transits = try XCTUnwrap(signal["transits"] as? [[String: Any]])
        // Sector 1 spans 27 days: about 9 transits of the 2.85-day period, one per period from the epoch.
        XCTAssertEqual(Double(transits.count), 27.0 / period, accuracy: 1.5)
        let first = try XCTUnwrap(transits.first?["epoch"] as? Double)
        XCTAssertEqual((first - epoch) / period, ((first - epoch) / period).rounded(), accuracy: 1e-9)
        let withData = transits.filter { $0["in_data"] as? Bool == true }
        XCTAssertEqual(withData.count, signal["transit_count"] as? Int)
        // Each transit's depth agrees with the signal's within a few of its errors.
        let depth = try XCTUnwrap(signal["depth"] as? Double)
        for transit in withData {
            let d = try XCTUnwrap(transit["depth"] as? Double), e = try XCTUnwrap(transit["depth_err"] as? Double)
            XCTAssertLessThan(abs(d - depth), 5 * e + 0.3 * depth, "\(transit)")
        }
        // Timing errors: positive and far below the duration (WASP-100 b, SNR ~ 30 over ~9 transits).
        let periodError = try XCTUnwrap(signal["period_err"] as? Double), epochError = try XCTUnwrap(signal["epoch_err"] as? Double)
        let duration = try XCTUnwrap(signal["duration"] as? Double)
        XCTAssertGreaterThan(periodError, 0)
        XCTAssertLessThan(periodError, duration / 10)
        XCTAssertGreaterThan(epochError, periodError)
        XCTAssertLessThan(epochError, duration / 5)
    }

    /// KOI-608's target pixel file (a certified false positive by centroid offset) and an unreadable file:
    /// the centroid numbers in pixels, arcseconds and sigma, BKJD, and an error star.
    func testVetJSON() throws {
        let pixels = try file(Self.koi608Pixels)
        let folder = try SharedData.temporaryDirectory("schema-vet")
        let bad = folder.appendingPathComponent("broken.fits")
        try Data("SIMPLE  = nonsense".utf8).write(to: bad)
        let result = try CommandRunner.run(["vet", pixels.path, bad.path, "--json"])
        try assertMatchesSchema(result.standardOutput, path: "vet")
        let stars = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(stars.count, 2, result.standardOutput)
        XCTAssertNotNil(stars.first { $0["error"] != nil })
        let koi = try XCTUnwrap(stars.first { $0["error"] == nil })
        XCTAssertEqual((koi["time_reference"] as? [String: Any])?["system"] as? String, "BKJD")
        let signal = try XCTUnwrap((koi["signals"] as? [[String: Any]])?.first)
        XCTAssertEqual(try XCTUnwrap(signal["period"] as? Double), 25.3372, accuracy: 0.05)
        let centroid = try XCTUnwrap(signal["centroid"] as? [String: Any], "\(signal)")
        let offset = try XCTUnwrap(centroid["offset_pixels"] as? Double)
        // Kepler's pixels are 3.98 arcsec.
        XCTAssertEqual(try XCTUnwrap(centroid["offset_arcsec"] as? Double) / offset, 3.98, accuracy: 0.02)
        XCTAssertGreaterThan(try XCTUnwrap(centroid["significance"] as? Double), 3)
    }

    func testEvaluateJSON() throws {
        let data = try file("tess-vetting/val-00000-of-00001.tfrecord")
        let result = try CommandRunner.run(["evaluate", "--data", data.path, "--json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        try assertMatchesSchema(result.standardOutput, path: "evaluate")
    }

    /// A manifest of KOI-608's pixel file and a broken file, vetted and then as light-curve statistics:
    /// one row per line of each task's `signals.jsonl`, one failure row.
    func testBatchJSONLines() throws {
        let pixels = try file(Self.koi608Pixels)
        let folder = try SharedData.temporaryDirectory("schema-batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("SIMPLE  = nonsense".utf8).write(to: folder.appendingPathComponent("broken.fits"))
        let manifest = folder.appendingPathComponent("stars.csv")
        try "star,file\nKOI-608,\(pixels.path)\nbroken,broken.fits\n".write(to: manifest, atomically: true, encoding: .utf8)
        for (task, path) in [("vet", "batch-vet"), ("stats", "batch-stats")] {
            let out = folder.appendingPathComponent(task)
            _ = try CommandRunner.run(["batch", "--manifest", manifest.path, "--out", out.path, "--task", task])
            for (name, schemaPath) in [("signals.jsonl", path), ("failures.jsonl", "batch-failure")] {
                let lines = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
                    .split(separator: "\n").map(String.init)
                XCTAssertEqual(lines.count, 1, "\(task) \(name)")
                for line in lines { try assertMatchesSchema(line, path: schemaPath) }
            }
        }
    }
}
