import ExoTestSupport
import Foundation
import XCTest

/// `exoscope batch` and `exoscope merge` on the shared FITS files, including a kill -9 in the middle of a run.
final class BatchCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try SharedData.temporaryDirectory("exo-cli-batch") }
    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    private func outputs(_ folder: URL) throws -> [String] {
        try ["signals.csv", "signals.jsonl", "failures.csv", "failures.jsonl"].map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// The must-show check: every shared FITS file, run as two shards and merged, equals the single run.
    func testTwoShardsMergedEqualTheSingleRun() throws {
        guard let fits = SharedData.url("fits") else { throw XCTSkip(SharedData.missingMessage("fits")) }
        let single = directory.appendingPathComponent("single")
        let run = try CommandRunner.run(["batch", "--manifest", fits.path, "--out", single.path, "--task", "stats", "--jobs", "2"])
        XCTAssertEqual(run.status, 1, "the shared files include broken ones, so the status is 1: \(run.standardError)")
        var shards: [String] = []
        for index in 0..<2 {
            let out = directory.appendingPathComponent("shard-\(index)-of-2")
            let result = try CommandRunner.run(["batch", "--manifest", fits.path, "--out", out.path, "--task", "stats",
                                                "--shard", "\(index)/2", "--no-progress", "--failures-ok"])
            XCTAssertEqual(result.status, 0, result.standardError)  // --failures-ok: the scheduler's merge must not be held back
            shards.append(out.path)
        }
        let merged = directory.appendingPathComponent("merged")
        let merge = try CommandRunner.run(["merge"] + shards.reversed() + ["-o", merged.path])
        XCTAssertEqual(merge.status, 0, merge.standardError)
        XCTAssertEqual(try outputs(merged), try outputs(single))

        // Every shared file is accounted for: a row for its star or a failure row naming it.
        let signals = try outputs(single)[0]
        XCTAssertTrue(signals.contains("KIC 11442793,Kepler,KIC 11442793,3,"), signals)  // Kepler-90, 3 quarters stitched
        let failures = try outputs(single)[2]
        XCTAssertTrue(failures.contains("ktwo201907706-c01-first-cadence.fits.gz"), failures)
        XCTAssertTrue(run.standardError.contains("stars/min"), run.standardError)
    }

    /// The must-show check: kill -9 in the middle of a run, run again: no row lost or duplicated.
    func testKillNineThenResumeLosesAndRepeatsNothing() throws {
        guard let tess = SharedData.url("fits/tess"), let quiet = SharedData.url("fits/quiet/target_s0007_TIC260161111_lc.fits")
        else { throw XCTSkip(SharedData.missingMessage("fits/tess")) }
        let files = try FileManager.default.contentsOfDirectory(at: tess, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(".fits") }.sorted { $0.path < $1.path } + [quiet]
        // 120 stars: the shared TESS sectors under made-up names.
        var manifest = "star,file\n"
        for copy in 0..<20 { for file in files { manifest += "star-\(copy)-\(file.lastPathComponent.prefix(40)),\(file.path)\n" } }
        let starCount = 20 * files.count
        let manifestURL = directory.appendingPathComponent("stars.csv")
        try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)

        let reference = directory.appendingPathComponent("reference")
        let referenceRun = try CommandRunner.run(["batch", "--manifest", manifestURL.path, "--out", reference.path,
                                                  "--task", "stats", "--jobs", "2", "--no-progress"])
        XCTAssertEqual(referenceRun.status, 0, referenceRun.standardError)

        let out = directory.appendingPathComponent("out")
        let journal = out.appendingPathComponent("journal.jsonl")
        let process = Process()
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("exoscope")
        process.arguments = ["batch", "--manifest", manifestURL.path, "--out", out.path, "--task", "stats", "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while finishedLines(journal) < 10, process.isRunning, Date() < deadline { usleep(2000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the run ended before it could be killed")
        XCTAssertEqual(process.terminationStatus, SIGKILL)
        let doneBeforeKill = finishedLines(journal)
        XCTAssertGreaterThan(doneBeforeKill, 0)
        XCTAssertLessThan(doneBeforeKill, starCount)

        let resumed = try CommandRunner.run(["batch", "--manifest", manifestURL.path, "--out", out.path, "--task", "stats",
                                             "--jobs", "2", "--no-progress"])
        XCTAssertEqual(resumed.status, 0, resumed.standardError)
        XCTAssertTrue(resumed.standardOutput.contains("\(doneBeforeKill) earlier"), resumed.standardOutput)
        XCTAssertEqual(try outputs(out), try outputs(reference))
        let rows = try outputs(out)[0].split(separator: "\n").dropFirst()
        XCTAssertEqual(rows.count, starCount)
        XCTAssertEqual(Set(rows.map { $0.split(separator: ",")[0] }).count, starCount)
        XCTAssertEqual(finishedLines(journal), starCount)
    }

    private func finishedLines(_ journal: URL) -> Int {
        guard let text = try? String(contentsOf: journal, encoding: .utf8) else { return 0 }
        return text.split(separator: "\n").filter { $0.contains("\"status\":\"ok\"") || $0.contains("\"status\":\"failed\"") }.count
    }
}
