import ExoBatch
import ExoTestSupport
import Foundation
import XCTest

/// The `vet` task wired to ExoVetting's pipeline, on a real TESS sector.
final class VettingStarProcessorTests: XCTestCase {
    func testVetsWASP100IntoSignalRows() throws {
        let path = "fits/tess/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits"
        guard let file = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let directory = try SharedData.temporaryDirectory("exo-vet-batch")
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("tess2018206045859-s0001-0000000000000001-0120-s_lc.fits")
        try Data("not a FITS file".utf8).write(to: missing)

        let processor = try BatchTask.vet.makeProcessor()
        let summary = try BatchRunner(processor: processor, outputDirectory: directory.appendingPathComponent("out"), jobs: 2)
            .run(BatchManifest.group([file, missing]))
        XCTAssertEqual(summary.shardStars, 2)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertGreaterThanOrEqual(summary.signals, 1)

        let lines = try String(contentsOf: directory.appendingPathComponent("out/signals.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        let first = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(lines.first).utf8)) as? [String: Any])
        XCTAssertEqual(first["star"] as? String, "TIC 38846515")
        XCTAssertEqual(first["signal"] as? Int, 1)
        // WASP-100 b: P = 2.849375 d (targets.csv); the search must find it first, within 0.1%.
        XCTAssertEqual(try XCTUnwrap(first["period"] as? Double), 2.849375, accuracy: 2.849375e-3)
        XCTAssertTrue(["planet-candidate", "eclipsing-binary", "not-transit-like"].contains(first["verdict"] as? String ?? ""))
        let probabilities = ["prob_pc", "prob_eb", "prob_j"].compactMap { first[$0] as? Double }
        XCTAssertEqual(probabilities.count, 3)
        XCTAssertEqual(probabilities.reduce(0, +), 1, accuracy: 1e-4)
        XCTAssertEqual(first["planet_probability"] as? Double, probabilities[0])

        let failures = try String(contentsOf: directory.appendingPathComponent("out/failures.csv"), encoding: .utf8)
        XCTAssertTrue(failures.contains("TIC 1,"), failures)
        XCTAssertTrue(failures.contains(missing.path), failures)
    }
}
