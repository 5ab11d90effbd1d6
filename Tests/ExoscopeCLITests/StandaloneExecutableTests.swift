import ExoTestSupport
import Foundation
import XCTest

/// The must-show check of a self-contained executable: `exoscope` copied alone into an empty folder,
/// with the build folder hidden, vets a TESS sector with the built-in default model.
final class StandaloneExecutableTests: XCTestCase {
    private let sector = "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"

    func testCopiedExecutableVetsWithTheBuildFolderHidden() throws {
        guard let file = SharedData.url(sector) else { throw XCTSkip(SharedData.missingMessage(sector)) }
        let unshare = URL(fileURLWithPath: "/usr/bin/unshare")
        guard FileManager.default.isExecutableFile(atPath: unshare.path) else { throw XCTSkip("needs util-linux's unshare") }
        let folder = try SharedData.temporaryDirectory("exo-standalone")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.executable, to: folder.appendingPathComponent("exoscope"))

        // In a private mount namespace, an empty tmpfs covers the whole build folder (the products
        // and the resource bundle SwiftPM would look for there): only the copy is left.
        let build = Self.buildFolder(CommandRunner.productsDirectory)
        let script = """
            mount -t tmpfs none "$1" || exit 77
            if [ -e "$2" ]; then echo "build folder still visible" >&2; exit 3; fi
            ./exoscope --version >&2 && exec ./exoscope vet --json "$3"
            """
        let run = try CommandRunner.run(
            executable: unshare, ["--mount", "--propagation", "private", "sh", "-c", script, "sh", build.path,
                                  CommandRunner.executable.path, file.path],
            currentDirectory: folder)
        if run.status == 77 || run.standardError.contains("unshare failed") {
            throw XCTSkip("cannot make a private mount here (not root?): \(run.standardError)")
        }
        XCTAssertEqual(run.status, 0, run.standardError)
        XCTAssertTrue(run.standardError.contains("default model: built-in, crc32 "), run.standardError)
        let stars = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        let signals = try XCTUnwrap(stars.first?["signals"] as? [[String: Any]], run.standardOutput)
        // TIC 25155310 (WASP-126 b, 3.289 d): found and judged by the built-in model.
        let first = try XCTUnwrap(signals.first)
        XCTAssertEqual(try XCTUnwrap(first["period"] as? Double), 3.289, accuracy: 0.01)
        XCTAssertNotNil(first["verdict"] as? String)
        XCTAssertNotNil(first["class_probabilities"] as? [String: Any], "the classifier ran")
    }

    /// The `.build` folder above the products, or the products folder itself.
    private static func buildFolder(_ products: URL) -> URL {
        var url = products
        while url.pathComponents.count > 1 {
            if url.lastPathComponent == ".build" { return url }
            url.deleteLastPathComponent()
        }
        return products
    }
}
