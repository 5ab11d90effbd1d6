import ExoTestSupport
import Foundation
import XCTest

/// End to end: files of one star that cover the same sector are stitched once (`vet`, `search`).
final class StitchingCommandTests: XCTestCase {
    private static let spoc = "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"
    private static let alerts = "fits/tess/hlsp_tess-data-alerts_tess_phot_00025155310-s01_tess_v1_lc.fits"

    private func file(_ path: String) throws -> String {
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        return url.path
    }

    private func stars(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CommandRunner.run(arguments)
        XCTAssertEqual(result.status, 0, result.standardError)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
    }

    private func firstSNR(_ star: [String: Any]) throws -> Double {
        let signals = try XCTUnwrap(star["signals"] as? [[String: Any]])
        return try XCTUnwrap(signals.first?["snr"] as? Double)
    }

    func testTwoCopiesOfOneSectorAreNotDoubleCounted() throws {
        let original = try file(Self.spoc)
        let folder = try SharedData.temporaryDirectory("exo-two-copies")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("copy_lc.fits").path
        try FileManager.default.copyItem(atPath: original, toPath: copy)

        let single = try XCTUnwrap(try stars(["vet", original, "--json"]).first)
        let both = try stars(["vet", original, copy, "--json"])
        XCTAssertEqual(both.count, 1)
        let star = try XCTUnwrap(both.first)
        XCTAssertEqual(star["files"] as? [String], [original])
        let setAside = try XCTUnwrap(star["set_aside"] as? [[String: String]])
        XCTAssertEqual(setAside.map { $0["file"] }, [copy])
        XCTAssertTrue(setAside[0]["reason"]?.contains("same stretch of time (sector 1)") ?? false, "\(setAside)")
        XCTAssertEqual(try firstSNR(star), try firstSNR(single), accuracy: 1e-9)
    }

    func testSPOCAndDataAlertsOfOneSectorGiveTheSNROfOneProduct() throws {
        let spoc = try file(Self.spoc), alerts = try file(Self.alerts)
        let single = try firstSNR(try XCTUnwrap(try stars(["vet", spoc, "--json"]).first))
        let together = try XCTUnwrap(try stars(["vet", alerts, spoc, "--json"]).first)
        XCTAssertEqual(try firstSNR(together), single, accuracy: 0.15 * single)  // stitched twice it was √2 higher
        XCTAssertEqual(together["files"] as? [String], [spoc])

        let searched = try XCTUnwrap(try stars(["search", alerts, spoc, "--json"]).first)
        XCTAssertEqual(searched["files"] as? [String], [spoc])
        XCTAssertEqual((searched["set_aside"] as? [[String: String]])?.map { $0["file"] }, [alerts])
        XCTAssertEqual(try firstSNR(searched), single, accuracy: 0.15 * single)
    }
}
