import ExoTestSupport
import Foundation
import XCTest

/// The conventions every command follows (docs/cli.md): `-o -` for standard output, the format from
/// the extension or an error, conflicting options rejected before anything runs, progress as plain
/// lines when standard error is not a terminal, warnings counted unless --verbose.
final class ConventionsCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try SharedData.temporaryDirectory("exo-cli-conventions") }
    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    /// A simulated TESS planet host (seeded): its path and the summary `simulate` printed.
    private func simulatedPlanet(_ name: String = "tic123.fits") throws -> (path: String, summary: String) {
        let path = directory.appendingPathComponent(name).path
        let result = try CommandRunner.run(["simulate", "--kind", "planet", "--mission", "tess", "--seed", "4",
                                            "--period", "3.1", "--depth", "0.005", "-o", path])
        XCTAssertEqual(result.status, 0, result.standardError)
        return (path, result.standardOutput)
    }

    func testAnyFailedInputGivesStatusOneAndEveryStarInTheJSON() throws {
        let planet = try simulatedPlanet().path
        let empty = directory.appendingPathComponent("empty.fits")
        try Data().write(to: empty)
        let result = try CommandRunner.run(["vet", empty.path, planet, "--json"])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.standardError.contains("1 of 2 stars failed"), result.standardError)
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(stars.count, 2)
        XCTAssertTrue((stars[0]["error"] as? String)?.contains("empty.fits") ?? false, "\(stars[0])")
        XCTAssertNil(stars[1]["error"])
        XCTAssertFalse((stars[1]["signals"] as? [Any] ?? []).isEmpty)
    }

    func testOutputToStandardOutput() throws {
        let planet = try simulatedPlanet().path
        let toFile = directory.appendingPathComponent("lc.csv")
        XCTAssertEqual(try CommandRunner.run(["lightcurve", planet, "-o", toFile.path]).status, 0)
        let dash = try CommandRunner.run(["lightcurve", planet, "-o", "-"])
        XCTAssertEqual(dash.status, 0, dash.standardError)
        XCTAssertEqual(dash.standardOutput, try String(contentsOf: toFile, encoding: .utf8))

        let svg = try CommandRunner.run(["plot", planet, "-o", "-", "--format", "svg"])
        XCTAssertEqual(svg.status, 0, svg.standardError)
        XCTAssertTrue(svg.standardOutput.hasPrefix("<svg"), String(svg.standardOutput.prefix(80)))

        let records = directory.appendingPathComponent("views.tfrecord").path
        let set = try CommandRunner.run(["simulate", "--count", "3", "--mission", "tess", "--seed", "2",
                                         "-o", directory.appendingPathComponent("set").path, "--tfrecord", records])
        XCTAssertEqual(set.status, 0, set.standardError)
        let predicted = try CommandRunner.run(["predict", "--data", records, "-o", "-"])
        XCTAssertEqual(predicted.status, 0, predicted.standardError)
        let lines = predicted.standardOutput.split(separator: "\n")
        XCTAssertEqual(lines.first, "row_id,tic_id,label,p_pc,p_eb,p_j")
        XCTAssertEqual(lines.count, 4, predicted.standardOutput)
        XCTAssertTrue(predicted.standardError.contains("wrote 3 predictions"), predicted.standardError)
    }

    func testFormatComesFromTheExtensionOrIsAnError() throws {
        let planet = try simulatedPlanet().path
        for (arguments, problem) in [(["-o", "lc.jpg"], "name the file .svg or .png"),
                                     (["-o", "lc.svg", "--format", "png"], "disagrees with the extension"),
                                     (["-o", "-"], "give --format"),
                                     (["--kind", "lightcurve", "--signal", "2", "-o", "lc.svg"], "apply to --kind fold only")] {
            let result = try CommandRunner.run(["plot", planet] + arguments.map {
                $0.hasPrefix("lc.") ? directory.appendingPathComponent($0).path : $0
            })
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.standardError)")
            XCTAssertTrue(result.standardError.contains(problem), "\(arguments): \(result.standardError)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("lc.jpg").path))
        let png = directory.appendingPathComponent("lc.png")
        XCTAssertEqual(try CommandRunner.run(["plot", planet, "-o", png.path]).status, 0)
        XCTAssertEqual(Array(try Data(contentsOf: png).prefix(4)), [0x89, 0x50, 0x4E, 0x47])

        let csv = try CommandRunner.run(["lightcurve", planet, "-o", directory.appendingPathComponent("lc.fits").path])
        XCTAssertEqual(csv.status, 64)
        XCTAssertTrue(csv.standardError.contains("writes CSV"), csv.standardError)
    }

    func testConflictingOptionsAreRejected() throws {
        let planet = try simulatedPlanet().path
        let out = directory.appendingPathComponent("injected.fits").path
        let both = try CommandRunner.run(["inject", planet, "--period", "5", "--epoch", "1330", "--depth", "0.01",
                                          "--radius", "0.1", "-o", out])
        XCTAssertEqual(both.status, 64, both.standardError)
        XCTAssertTrue(both.standardError.contains("not both"), both.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        // For a binary, --radius is R2/R1 and --depth the diluted depth: both apply.
        let binary = try CommandRunner.run(["inject", planet, "--kind", "eb", "--period", "5", "--epoch", "1330",
                                            "--depth", "0.01", "--radius", "0.5", "-o", out])
        XCTAssertEqual(binary.status, 0, binary.standardError)

        let patience = try CommandRunner.run(["train", "--train", "x.tfrecord", "--patience", "3", "-o", "m.safetensors"])
        XCTAssertEqual(patience.status, 64, patience.standardError)
        XCTAssertTrue(patience.standardError.contains("--patience needs --val"), patience.standardError)
    }

    func testProgressIsPlainLinesWhenNotATerminal() throws {
        let quiet = directory.appendingPathComponent("quiet.fits").path
        XCTAssertEqual(try CommandRunner.run(["simulate", "--kind", "quiet", "--mission", "tess", "--seed", "9",
                                              "-o", quiet]).status, 0)
        let result = try CommandRunner.run(["recovery", quiet, "--trials", "2", "--periods", "1,2", "--snr", "25,30"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertFalse(result.standardError.contains("\r"), result.standardError)
        XCTAssertTrue(result.standardError.contains("2/2 trials  100%"), result.standardError)
    }

    func testWarningsAreCountedUnlessVerbose() throws {
        let (planet, summary) = try simulatedPlanet("tic123.fits")
        let epoch = try XCTUnwrap(summary.range(of: #"epoch ([0-9.]+)"#, options: .regularExpression).map {
            summary[$0].split(separator: " ")[1]
        })
        var catalog = "tic_id,Period,Epoc,Duration,Disposition\n123,3.1,\(epoch),0.12,PC\n"
        for star in 9001...9030 { catalog += "\(star),2.0,1330.0,0.1,EB\n" }
        let catalogURL = directory.appendingPathComponent("tces.csv")
        try catalog.write(to: catalogURL, atomically: true, encoding: .utf8)
        let folder = URL(fileURLWithPath: planet).deletingLastPathComponent().path
        let output = directory.appendingPathComponent("set.tfrecord").path

        let quiet = try CommandRunner.run(["dataset", "--catalog", catalogURL.path, "--lightcurves", folder, "-o", output])
        XCTAssertEqual(quiet.status, 0, quiet.standardError)
        let warnings = quiet.standardError.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        XCTAssertEqual(warnings.count, 1, quiet.standardError)
        XCTAssertTrue(warnings[0].contains("30 catalogue entries skipped"), quiet.standardError)
        XCTAssertTrue(quiet.standardOutput.contains("wrote 1 records"), quiet.standardOutput)

        let verbose = try CommandRunner.run(["dataset", "--catalog", catalogURL.path, "--lightcurves", folder, "-o", output,
                                             "--verbose"])
        XCTAssertEqual(verbose.standardError.split(separator: "\n").filter { $0.hasPrefix("warning: skipped star 90") }.count, 30)
    }
}
