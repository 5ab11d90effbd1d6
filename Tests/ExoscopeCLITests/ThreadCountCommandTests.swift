import ExoTestSupport
import Foundation
import XCTest

/// The thread count follows what the process may use: under `taskset -c 0`, `batch` and `vet` use one
/// thread; `EXOSCOPE_THREADS` and `--threads` replace the detected count.
final class ThreadCountCommandTests: XCTestCase {
    private let taskset = URL(fileURLWithPath: "/usr/bin/taskset")
    private let sector = "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"

    /// `exoscope ARGUMENTS` pinned to CPU 0, with no EXOSCOPE_THREADS.
    private func pinned(_ arguments: [String]) throws -> CommandRunner.Result {
        guard FileManager.default.isExecutableFile(atPath: taskset.path) else { throw XCTSkip("needs util-linux's taskset") }
        return try CommandRunner.run(executable: taskset, ["-c", "0", CommandRunner.executable.path] + arguments,
                                     unsetting: ["EXOSCOPE_THREADS"])
    }

    func testOneCPUGivesOneThreadToBatchAndVet() throws {
        guard let file = SharedData.url(sector) else { throw XCTSkip(SharedData.missingMessage(sector)) }
        let folder = try SharedData.temporaryDirectory("exo-threads")
        defer { try? FileManager.default.removeItem(at: folder) }

        let manifest = folder.appendingPathComponent("stars.csv")
        try "file\n\(file.path)\n".write(to: manifest, atomically: true, encoding: .utf8)
        let batch = try pinned(["batch", "--manifest", manifest.path, "--out", folder.appendingPathComponent("out").path,
                                "--no-progress"])
        XCTAssertEqual(batch.status, 0, batch.standardError)
        XCTAssertTrue(batch.standardError.contains("batch: 1 job at once, 1 thread each"), batch.standardError)

        let version = try pinned(["--version"])
        XCTAssertTrue(version.standardOutput.contains("threads: 1 (affinity 1,"), version.standardOutput)
        for command in ["vet", "batch", "search", "train", "evaluate", "predict", "recovery"] {
            let help = try pinned([command, "--help"])
            // The default is printed at the end of the option's help, which may wrap.
            let text = help.standardOutput.replacingOccurrences(of: "\n", with: " ")
            XCTAssertTrue(text.range(of: #"--threads <threads>[^()]*\(default: 1\)"#, options: .regularExpression) != nil,
                          "\(command): \(help.standardOutput)")
        }
        let vet = try pinned(["vet", file.path])
        XCTAssertEqual(vet.status, 0, vet.standardError)
    }

    func testEnvironmentAndOptionSetTheCount() throws {
        let version = try CommandRunner.run(["--version"], environment: ["EXOSCOPE_THREADS": "3"])
        XCTAssertTrue(version.standardOutput.contains("threads: 3 (EXOSCOPE_THREADS)"), version.standardOutput)

        let folder = try SharedData.temporaryDirectory("exo-threads")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("stars.csv")
        try "star,file\nnone,\(folder.appendingPathComponent("missing.fits").path)\n".write(to: manifest, atomically: true, encoding: .utf8)
        let batch = try CommandRunner.run(["batch", "--manifest", manifest.path, "--out", folder.appendingPathComponent("out").path,
                                           "--task", "stats", "--threads", "4", "--jobs", "2", "--no-progress"])
        XCTAssertTrue(batch.standardError.contains("batch: 2 jobs at once, 2 threads each"), batch.standardError)

        let invalid = try CommandRunner.run(["search", manifest.path], environment: ["EXOSCOPE_THREADS": "many"])
        XCTAssertNotEqual(invalid.status, 0)
        XCTAssertTrue(invalid.standardError.contains("EXOSCOPE_THREADS must be a positive integer, got 'many'"),
                      invalid.standardError)
    }
}
