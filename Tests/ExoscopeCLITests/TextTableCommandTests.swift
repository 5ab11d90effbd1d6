import ExoTestSupport
import Foundation
import XCTest

/// Text light curves round-trip, and their columns are chosen by name or the reading fails naming
/// the file: never a silent guess (issue #19).
final class TextTableCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try SharedData.temporaryDirectory("exo-cli-text") }
    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    private func json(_ text: String) throws -> [[String: Any]] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// FITS -> `lightcurve -o x.csv` -> `search x.csv` finds the same signal of the same target,
    /// mission and time reference as the FITS file itself.
    func testFITSToCSVToSearchGivesTheSameSignalTargetAndTimes() throws {
        let fits = directory.appendingPathComponent("planet.fits").path
        let simulated = try CommandRunner.run(["simulate", "--kind", "planet", "--mission", "tess", "--seed", "11",
                                               "--period", "2.7", "--depth", "0.004", "-o", fits])
        XCTAssertEqual(simulated.status, 0, simulated.standardError)
        let csv = directory.appendingPathComponent("x.csv").path
        let written = try CommandRunner.run(["lightcurve", fits, "-o", csv])
        XCTAssertEqual(written.status, 0, written.standardError)
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# exoscope light curve\n"), String(text.prefix(200)))
        XCTAssertTrue(text.contains("# mission: TESS\n") && text.contains("# time_reference: 2457000.0"), String(text.prefix(400)))

        let fromFITS = try json(try CommandRunner.run(["search", fits, "--json"]).standardOutput)
        let fromCSV = try json(try CommandRunner.run(["search", csv, "--json"]).standardOutput)
        XCTAssertEqual(fromCSV[0]["target"] as? String, fromFITS[0]["target"] as? String)
        XCTAssertTrue((fromCSV[0]["target"] as? String ?? "").hasPrefix("TIC "), "\(fromCSV[0]["target"] ?? "")")
        XCTAssertEqual(fromCSV[0]["mission"] as? String, "TESS")
        let signalsFITS = try XCTUnwrap(fromFITS[0]["signals"] as? [[String: Any]])
        let signalsCSV = try XCTUnwrap(fromCSV[0]["signals"] as? [[String: Any]])
        XCTAssertFalse(signalsFITS.isEmpty)
        XCTAssertEqual(signalsCSV.count, signalsFITS.count)
        for key in ["period", "epoch", "duration", "depth", "snr"] {
            XCTAssertEqual(signalsCSV[0][key] as? Double, signalsFITS[0][key] as? Double, key)
        }
        XCTAssertEqual(try XCTUnwrap(signalsCSV[0]["period"] as? Double), 2.7, accuracy: 0.01)

        let info = try json(try CommandRunner.run(["info", csv, "--json"]).standardOutput)
        let fitsInfo = try json(try CommandRunner.run(["info", fits, "--json"]).standardOutput)
        XCTAssertEqual(info[0]["time_reference"] as? Double, 2_457_000)
        XCTAssertEqual(info[0]["time_reference"] as? Double, fitsInfo[0]["time_reference"] as? Double)
        XCTAssertEqual(info[0]["flux_column"] as? String, fitsInfo[0]["flux_column"] as? String)
        XCTAssertEqual(info[0]["kept"] as? Int, fitsInfo[0]["kept"] as? Int)
    }

    /// The header of issue #19: the corrected flux is read, not the phase; --flux sap takes the raw one.
    func testColumnsAreChosenByName() throws {
        var table = "bjd phase raw_flux raw_err corr_flux corr_err dtr_flux dtr_err\n"
        for i in 0..<400 {
            let t = 2_458_400.0 + Double(i) * 0.02
            table += "\(t) \(Double(i % 50) / 50) \(1000 + Double(i % 7)) 0.5 \(1.0 + Double(i % 5) * 1e-4) 2e-4 1.0 1e-4\n"
        }
        let url = directory.appendingPathComponent("table.dat")
        try table.write(to: url, atomically: true, encoding: .utf8)
        let info = try json(try CommandRunner.run(["info", url.path, "--json"]).standardOutput)
        XCTAssertEqual(info[0]["flux_column"] as? String, "corr_flux")
        XCTAssertEqual(info[0]["time_reference"] as? Double, 0)
        let csv = try CommandRunner.run(["lightcurve", url.path])
        let firstRow = try XCTUnwrap(csv.standardOutput.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.hasPrefix("time") })
        XCTAssertEqual(firstRow, "2458400.0,1.0,0.0002,0")
        let raw = try CommandRunner.run(["lightcurve", url.path, "--flux", "sap"])
        XCTAssertTrue(raw.standardOutput.contains("\n2458400.0,1000.0,0.5,0\n"), String(raw.standardOutput.prefix(600)))
        let chosen = try CommandRunner.run(["lightcurve", url.path, "--columns", "bjd,dtr_flux,dtr_err"])
        XCTAssertTrue(chosen.standardOutput.contains("\n2458400.0,1.0,0.0001,0\n"), chosen.standardError)
    }

    /// A table whose flux column cannot be identified is an error naming the file and the columns.
    func testUnidentifiableColumnsAreAClearError() throws {
        let named = directory.appendingPathComponent("named.csv")
        try "bjd,phase,value\n1.0,0.1,5\n2.0,0.2,6\n".write(to: named, atomically: true, encoding: .utf8)
        let unnamed = directory.appendingPathComponent("unnamed.txt")
        try "1.0 0.1 5 6 7\n2.0 0.2 6 7 8\n".write(to: unnamed, atomically: true, encoding: .utf8)
        for (url, problem) in [(named, "cannot tell which column is the flux (columns: bjd, phase, value)"),
                               (unnamed, "cannot tell which column is the time and which the flux: no header names them")] {
            for command in ["search", "info", "vet"] {
                let result = try CommandRunner.run([command, url.path])
                XCTAssertEqual(result.status, 1, "\(command) \(url.lastPathComponent)")
                let output = result.standardError + result.standardOutput
                XCTAssertTrue(output.contains("\(url.path): \(problem)"), "\(command): \(output)")
                XCTAssertTrue(output.contains("--columns TIME,FLUX[,ERR]"), "\(command): \(output)")
            }
        }
        let fixed = try CommandRunner.run(["lightcurve", named.path, "--columns", "bjd,value"])
        XCTAssertEqual(fixed.status, 0, fixed.standardError)
        XCTAssertTrue(fixed.standardOutput.hasSuffix("time,flux,flux_err,quality\n1.0,5.0,nan,0\n2.0,6.0,nan,0\n"),
                      fixed.standardOutput)
        let byNumber = try CommandRunner.run(["lightcurve", unnamed.path, "--columns", "1,4,5"])
        XCTAssertTrue(byNumber.standardOutput.hasSuffix("1.0,6.0,7.0,0\n2.0,7.0,8.0,0\n"), byNumber.standardError)
        let missing = try CommandRunner.run(["lightcurve", named.path, "--columns", "bjd,flux"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.standardError.contains("no flux column 'flux'"), missing.standardError)
    }
}
