import ExoTestSupport
import Foundation
import XCTest

/// `exoscope vet`, `plot` and `demo`: outputs a person or a program reads.
final class VetCommandTests: XCTestCase {
    private static let wasp126 = "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"

    private func file(_ path: String) throws -> String {
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        return url.path
    }

    func testVetJSONHasTheIssueFields() throws {
        let result = try CommandRunner.run(["vet", try file(Self.wasp126), "--json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(stars.count, 1)
        let star = stars[0]
        XCTAssertEqual(star["target"] as? String, "TIC 25155310")
        XCTAssertEqual(star["mission"] as? String, "TESS")
        XCTAssertEqual((star["files"] as? [String])?.count, 1)
        let signals = try XCTUnwrap(star["signals"] as? [[String: Any]])
        let first = try XCTUnwrap(signals.first)
        for key in ["period", "epoch", "duration", "depth", "depth_err", "snr", "sde", "transit_count", "diagnostics",
                    "planet_probability", "class_probabilities", "verdict", "reasons", "flags"] {
            XCTAssertNotNil(first[key], "missing \(key)")
        }
        let classes = try XCTUnwrap(first["class_probabilities"] as? [String: Double])
        XCTAssertEqual(Set(classes.keys), ["PC", "EB", "J"])
        XCTAssertEqual(classes.values.reduce(0, +), 1, accuracy: 1e-6)
        XCTAssertEqual(try XCTUnwrap(first["period"] as? Double), 3.2888, accuracy: 0.0033)
    }

    func testVetTableAndReport() throws {
        let folder = try SharedData.temporaryDirectory("exo-vet-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["vet", try file(Self.wasp126), "--report", folder.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("TIC 25155310 (TESS)"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("verdict"), result.standardOutput)
        let page = try String(contentsOf: folder.appendingPathComponent("TIC_25155310.html"), encoding: .utf8)
        XCTAssertGreaterThanOrEqual(page.components(separatedBy: "<svg").count - 1, 7)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
    }

    func testPlotWritesSVGAndPNG() throws {
        let folder = try SharedData.temporaryDirectory("exo-plot")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try file(Self.wasp126)
        let svg = folder.appendingPathComponent("lc.svg"), png = folder.appendingPathComponent("lc.png")
        let fold = folder.appendingPathComponent("fold.svg")
        XCTAssertEqual(try CommandRunner.run(["plot", input, "-o", svg.path]).status, 0)
        XCTAssertEqual(try CommandRunner.run(["plot", input, "--format", "png", "-o", png.path]).status, 0)
        let folded = try CommandRunner.run(["plot", input, "--kind", "fold", "--view", "local", "-o", fold.path])
        XCTAssertEqual(folded.status, 0, folded.standardError)
        XCTAssertTrue(try String(contentsOf: svg, encoding: .utf8).hasPrefix("<svg"))
        XCTAssertTrue(try String(contentsOf: fold, encoding: .utf8).contains("Local view"))
        XCTAssertEqual(Array(try Data(contentsOf: png).prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    func testDemoVetsBothSimulatedStars() throws {
        let folder = try SharedData.temporaryDirectory("exo-demo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["demo", "--out", folder.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("planet-candidate"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("eclipsing-binary"), result.standardOutput)
        // The binary (2.45 d) is found at half its period and reported at its period, with both eclipses.
        let binary = try XCTUnwrap(result.standardOutput.components(separatedBy: "\n\n").first { $0.contains("eclipsing-binary") })
        XCTAssertTrue(binary.contains(" 2.450"), binary)
        XCTAssertTrue(binary.contains("at twice the period"), binary)
        // Its primary eclipses are the binary's, not lone planet transits.
        XCTAssertFalse(binary.contains("single transits"), binary)
        XCTAssertFalse(result.standardOutput.contains("single transits"), "the planet's transits are not lone either")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report/index.html").path))
    }

    func testVetReportsBadFilesAndGoesOn() throws {
        let folder = try SharedData.temporaryDirectory("exo-vet-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("empty.fits")
        try Data().write(to: bad)
        let alone = try CommandRunner.run(["vet", bad.path])
        XCTAssertNotEqual(alone.status, 0)
        XCTAssertTrue(alone.standardOutput.contains("empty.fits"), alone.standardOutput)
        let mixed = try CommandRunner.run(["vet", bad.path, try file(Self.wasp126), "--json"])
        XCTAssertEqual(mixed.status, 1, "any failed input gives status 1: \(mixed.standardError)")
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(mixed.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(stars.count, 2)
        XCTAssertNotNil(stars[0]["error"])
        XCTAssertNil(stars[1]["error"])
    }
}
