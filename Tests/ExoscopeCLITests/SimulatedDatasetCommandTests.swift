import ExoTestSupport
import Foundation
import XCTest

/// `exoscope dataset --simulated-per-kind`: records made by vet's own pipeline from simulated stars.
final class SimulatedDatasetCommandTests: XCTestCase {
    func testRecordsOfSimulatedStarsCarryLabelsFromTheTruth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exoscope-simset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("sim.tfrecord")
        let made = try CommandRunner.run(["dataset", "--simulated-per-kind", "2", "--missions", "tess 2",
                                          "--kinds", "planet,eb-detached", "--seed", "5", "-o", output.path])
        XCTAssertEqual(made.status, 0, made.standardError)
        XCTAssertTrue(made.standardOutput.contains("wrote"), made.standardOutput)

        let predictions = folder.appendingPathComponent("pred.csv")
        let predicted = try CommandRunner.run(["predict", "--data", output.path, "-o", predictions.path])
        XCTAssertEqual(predicted.status, 0, predicted.standardError)
        let rows = try String(contentsOf: predictions, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",").map(String.init) }
        let labels = rows.map { $0[2] }
        XCTAssertTrue(labels.contains("PC"), "\(labels)")
        XCTAssertTrue(labels.contains("EB"), "\(labels)")
        XCTAssertTrue(rows.allSatisfy { (Int64($0[1]) ?? 0) < 0 }, "simulated stars get negative ids, apart from real TIC numbers")
        // Deterministic: the same seed gives the same file.
        let again = folder.appendingPathComponent("again.tfrecord")
        let remade = try CommandRunner.run(["dataset", "--simulated-per-kind", "2", "--missions", "tess 2",
                                            "--kinds", "planet,eb-detached", "--seed", "5", "-o", again.path])
        XCTAssertEqual(remade.status, 0, remade.standardError)
        XCTAssertEqual(try Data(contentsOf: output), try Data(contentsOf: again))
    }

    func testOptionsThatDoNotGoTogetherAreRefused() throws {
        let both = try CommandRunner.run(["dataset", "--simulated-per-kind", "1", "--catalog", "x.csv", "-o", "/tmp/x.tfrecord"])
        XCTAssertNotEqual(both.status, 0)
        XCTAssertTrue(both.standardError.contains("without --catalog"), both.standardError)
        let neither = try CommandRunner.run(["dataset", "-o", "/tmp/x.tfrecord"])
        XCTAssertNotEqual(neither.status, 0)
        XCTAssertTrue(neither.standardError.contains("--simulated-per-kind"), neither.standardError)
        let kind = try CommandRunner.run(["dataset", "--simulated-per-kind", "1", "--kinds", "comet", "-o", "/tmp/x.tfrecord"])
        XCTAssertNotEqual(kind.status, 0)
        XCTAssertTrue(kind.standardError.contains("unknown kind comet"), kind.standardError)
    }
}
