import ExoTestSupport
import Foundation
import XCTest

final class ClassifierCommandTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exoscope-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func testDatasetFromDR24RowsOfKepler90AndKepler10() throws {
        for path in ["catalogs/dr24_tce.csv", "fits/kepler"] where SharedData.url(path) == nil {
            throw XCTSkip(SharedData.missingMessage(path))
        }
        guard let catalog = SharedData.url("catalogs/dr24_tce.csv"), let fits = SharedData.url("fits/kepler") else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try String(contentsOf: catalog, encoding: .utf8).split(separator: "\n")
        let header = try XCTUnwrap(lines.first { !$0.hasPrefix("#") })
        let rows = lines.filter { $0.hasPrefix("11442793,") || $0.hasPrefix("11904151,") }
        let subset = folder.appendingPathComponent("tces.csv")
        try ([String(header)] + rows.map(String.init) + ["99999999,1,10.0,0,130.0,0,3.0,0,100,1,PC"])
            .joined(separator: "\n").write(to: subset, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.tfrecord")
        let result = try CommandRunner.run(["dataset", "--catalog", subset.path, "--lightcurves", fits.path, "-o", output.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardError.contains("skipped star 99999999"), result.standardError)
        XCTAssertTrue(result.standardOutput.contains("wrote"), result.standardOutput)

        let predictions = folder.appendingPathComponent("pred.csv")
        let predicted = try CommandRunner.run(["predict", "--data", output.path, "-o", predictions.path])
        XCTAssertEqual(predicted.status, 0, predicted.standardError)
        let csv = try String(contentsOf: predictions, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(csv.first, "row_id,tic_id,label,p_pc,p_eb,p_j")
        XCTAssertTrue(csv.dropFirst().contains { $0.contains(",11904151,PC,") }, csv.joined(separator: "\n"))
    }

    func testEvaluateReportsBothTasksAndErrorsAreClear() throws {
        let path = "tess-vetting/val-00000-of-00001.tfrecord"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let result = try CommandRunner.run(["evaluate", "--data", url.path, "--json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        XCTAssertNotNil(json["vetting"])
        XCTAssertNotNil(json["triage"])

        let failed = try CommandRunner.run(["evaluate", "--data", "/nonexistent.tfrecord"])
        XCTAssertNotEqual(failed.status, 0)
        XCTAssertTrue(failed.standardError.hasPrefix("error: /nonexistent.tfrecord"), failed.standardError)
    }
}
