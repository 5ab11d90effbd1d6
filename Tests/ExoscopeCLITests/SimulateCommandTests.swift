import ExoTestSupport
import Foundation
import XCTest

final class SimulateCommandTests: XCTestCase {
    /// `exoscope simulate` writes a FITS file with the truth in the header; the summary gives it.
    func testSimulateWritesFile() throws {
        let directory = try SharedData.temporaryDirectory("simulate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("planet.fits").path
        let result = try CommandRunner.run(["simulate", "--kind", "planet", "--mission", "tess", "--seed", "3",
                                            "--period", "3.2", "--depth", "0.004", "-o", path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("period 3.20000 d"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("depth 4000 ppm"), result.standardOutput)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
    }

    /// `--count` writes a labelled set: N files and labels.csv.
    func testSimulateCount() throws {
        let directory = try SharedData.temporaryDirectory("simulate-set")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["simulate", "--count", "4", "--mission", "kepler", "--seed", "5",
                                            "-o", directory.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let labels = try String(contentsOf: directory.appendingPathComponent("labels.csv"), encoding: .utf8)
        let rows = labels.split(separator: "\n")
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] },
                       ["PC", "EB", "EB", "J"])  // shares 1/3, 1/3, 1/6, 1/6 at positions 1/8, 3/8, 5/8, 7/8
    }

    /// Bad parameters and unreadable inputs give `error: ...` and a non-zero exit.
    func testErrors() throws {
        let bad = try CommandRunner.run(["simulate", "--kind", "planet", "--period=-2", "-o", "/tmp/never.fits"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.standardError.contains("error: period must be positive"), bad.standardError)
        let missing = try CommandRunner.run(["inject", "/nonexistent/file.fits", "--period", "2", "--epoch", "0",
                                             "--depth", "0.01", "-o", "/tmp/never.fits"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.standardError.contains("/nonexistent/file.fits"), missing.standardError)
    }

    /// `exoscope inject` puts a transit of the requested depth into a light curve.
    func testInjectIntoSimulatedCurve() throws {
        let directory = try SharedData.temporaryDirectory("inject")
        defer { try? FileManager.default.removeItem(at: directory) }
        let quiet = directory.appendingPathComponent("quiet.fits").path
        let out = directory.appendingPathComponent("injected.fits").path
        XCTAssertEqual(try CommandRunner.run(["simulate", "--kind", "quiet", "--noiseless", "-o", quiet]).status, 0)
        let result = try CommandRunner.run(["inject", quiet, "--period", "2.5", "--epoch", "1326.0",
                                            "--depth", "0.003", "--impact", "0", "-o", out])
        XCTAssertEqual(result.status, 0, result.standardError)
        let csv = try CommandRunner.run(["lightcurve", out, "--normalize"])
        guard csv.status == 0 else { throw XCTSkip("exoscope lightcurve is not available: \(csv.standardError)") }
        let fluxes = csv.standardOutput.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
            .compactMap { Double($0.split(separator: ",")[1]) }
        XCTAssertEqual(1 - (fluxes.min() ?? 1), 0.003, accuracy: 1e-4)
    }
}

final class RecoveryCommandTests: XCTestCase {
    /// `--count --tfrecord` writes the views of every simulated star.
    func testSimulateTFRecord() throws {
        let directory = try SharedData.temporaryDirectory("simulate-views")
        defer { try? FileManager.default.removeItem(at: directory) }
        let records = directory.appendingPathComponent("views.tfrecord").path
        let result = try CommandRunner.run(["simulate", "--count", "3", "--mission", "tess", "--seed", "2",
                                            "-o", directory.path, "--tfrecord", records])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("3 labelled view records"), result.standardOutput)
        let size = try FileManager.default.attributesOfItem(atPath: records)[.size] as? Int ?? 0
        XCTAssertGreaterThan(size, 3 * (201 + 61 + 61) * 4)
    }

    /// A strong injection into a simulated quiet star is recovered and the table is printed.
    func testRecoveryOfStrongSignal() throws {
        let directory = try SharedData.temporaryDirectory("recovery")
        defer { try? FileManager.default.removeItem(at: directory) }
        let quiet = directory.appendingPathComponent("quiet.fits").path
        XCTAssertEqual(try CommandRunner.run(["simulate", "--kind", "quiet", "--seed", "4", "-o", quiet]).status, 0)
        let result = try CommandRunner.run(["recovery", quiet, "--trials", "1", "--periods", "1,2", "--snr", "25,30"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("| 1.0-2.0 | 1/1 (100%) |"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("SNR >= 12: 1/1 recovered (100.0%)"), result.standardOutput)
        let bad = try CommandRunner.run(["recovery", quiet, "--mask", "3,1"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.standardError.contains("--mask must be PERIOD,EPOCH,DURATION"), bad.standardError)
    }
}
