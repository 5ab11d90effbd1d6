import ExoTestSupport
import Foundation
import XCTest

/// `--time-budget` on `vet` and `batch`: a star whose search runs past it gets an error naming its file
/// and the budget, and the other stars go on.
final class TimeBudgetCommandTests: XCTestCase {
    private static let stars = [
        "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
        "fits/kepler/kplr011442793-2009350155506_llc.fits",
    ]

    private func files() throws -> [String] {
        try Self.stars.map { path in
            guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
            return url.path
        }
    }

    func testVetGivesEachStarPastItsBudgetAnErrorAndGoesOn() throws {
        let files = try files()
        // 1 µs is spent before the first detrending ends, so every star runs out, deterministically.
        let result = try CommandRunner.run(["vet"] + files + ["--json", "--time-budget", "0.000001"])
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]],
                                  result.standardError)
        XCTAssertEqual(stars.count, 2, "every star gets its entry")
        for (star, file) in zip(stars, files) {
            let error = try XCTUnwrap(star["error"] as? String)
            XCTAssertTrue(error.contains(file), error)
            XCTAssertTrue(error.contains("exceeded its time budget of 1e-06 s"), error)
        }
        let generous = try CommandRunner.run(["vet", files[0], "--json", "--time-budget", "3600"])
        XCTAssertEqual(generous.status, 0, generous.standardError)
        XCTAssertFalse(generous.standardOutput.contains("\"error\""), generous.standardOutput)

        let zero = try CommandRunner.run(["vet", files[0], "--time-budget", "0"])
        XCTAssertNotEqual(zero.status, 0)
        XCTAssertTrue(zero.standardError.contains("--time-budget must be positive"), zero.standardError)
    }

    func testBatchListsEachStarPastItsBudgetAsAFailure() throws {
        let files = try files()
        let folder = try SharedData.temporaryDirectory("exo-time-budget")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("stars.csv")
        try ("star,file\n" + zip(["A", "B"], files).map { "\($0),\($1)\n" }.joined()).write(to: manifest, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let run = try CommandRunner.run(["batch", "--manifest", manifest.path, "--out", out.path, "--time-budget", "0.000001",
                                         "--no-progress"])
        let failures = try String(contentsOf: out.appendingPathComponent("failures.csv"), encoding: .utf8)
        for file in files { XCTAssertTrue(failures.contains(file), failures + run.standardError) }
        XCTAssertEqual(failures.components(separatedBy: "time budget of 1e-06 s").count - 1, 2, failures)
    }
}
