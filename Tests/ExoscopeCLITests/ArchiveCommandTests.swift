import ExoTestSupport
import Foundation
import XCTest

/// `exoscope fetch` and `exoscope catalog` against the loopback archive.
final class ArchiveCommandTests: XCTestCase {
    private static let fileName = "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"

    private func makeFake() throws -> FakeArchive {
        let body = Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        return try FakeArchive(
            products: [FakeArchive.Product(collection: "TESS", targetName: "25155310", obsid: "7000001", sequenceNumber: 1,
                                           rightAscension: 90, declination: -69.1, fileName: Self.fileName,
                                           subgroup: "LC", body: body)],
            names: ["wasp-126": (ra: 90, dec: -69.1)],
            tables: ["pscomppars": "pl_name,pl_orbper\nWASP-126 b,3.2888\n"])
    }

    private func environment(_ fake: FakeArchive) -> [String: String] {
        ["EXOSCOPE_MAST_URL": fake.baseURL.absoluteString, "EXOSCOPE_EXOPLANET_ARCHIVE_URL": fake.baseURL.absoluteString]
    }

    func testFetchDownloadsIntoTheCacheAndRetriesServerErrors() throws {
        let fake = try makeFake()
        defer { fake.stop() }
        let cache = try SharedData.temporaryDirectory("exo-cli-cache")
        defer { try? FileManager.default.removeItem(at: cache) }
        fake.enqueueFault(.status(500), for: .download)
        let result = try CommandRunner.run(["fetch", "WASP-126", "--sector", "1", "--cache", cache.path],
                                           environment: environment(fake))
        XCTAssertEqual(result.status, 0, result.standardError)
        let path = cache.appendingPathComponent("mast/TESS/\(Self.fileName)").path
        XCTAssertEqual(result.standardOutput, path + "\n")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue, 50_000)
        XCTAssertEqual(fake.requestCount(.download), 2)

        let again = try CommandRunner.run(["fetch", "TIC 25155310", "--cache", cache.path], environment: environment(fake))
        XCTAssertEqual(again.status, 0, again.standardError)
        XCTAssertTrue(again.standardError.contains("cached \(Self.fileName)"), again.standardError)
        XCTAssertEqual(fake.requestCount(.download), 2)
    }

    func testFetchReportsACutDownloadAndLeavesNoFile() throws {
        let fake = try makeFake()
        defer { fake.stop() }
        let cache = try SharedData.temporaryDirectory("exo-cli-cache")
        defer { try? FileManager.default.removeItem(at: cache) }
        fake.enqueueFault(.cut(body: Data(count: 50_000), sentBytes: 10_000), for: .download, times: 2)
        let result = try CommandRunner.run(["fetch", "TIC 25155310", "--cache", cache.path, "--attempts", "2"],
                                           environment: environment(fake))
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.hasPrefix("error: "), result.standardError)
        XCTAssertTrue(result.standardError.contains(Self.fileName), result.standardError)
        let leftovers = FileManager.default.enumerator(atPath: cache.path)?.allObjects as? [String] ?? []
        XCTAssertFalse(leftovers.contains { $0.hasSuffix(".fits") || $0.contains("partial") }, "\(leftovers)")
    }

    func testFetchOfflineIsAClearError() throws {
        let fake = try makeFake()
        let env = environment(fake)
        fake.stop()
        let result = try CommandRunner.run(["fetch", "TIC 25155310", "--cache", NSTemporaryDirectory()], environment: env)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("error: cannot reach MAST"), result.standardError)
    }

    func testCatalogWritesCSV() throws {
        let fake = try makeFake()
        defer { fake.stop() }
        let directory = try SharedData.temporaryDirectory("exo-cli-catalog")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("planets.csv")
        let result = try CommandRunner.run(["catalog", "pscomppars", "--where", "hostname = 'WASP-126'", "-o", output.path],
                                           environment: environment(fake))
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "pl_name,pl_orbper\nWASP-126 b,3.2888\n")
        XCTAssertEqual(fake.server.requests.last?.query["query"], "select * from pscomppars where hostname = 'WASP-126'")

        let unknown = try CommandRunner.run(["catalog", "planets2"], environment: environment(fake))
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.standardError.contains("unknown table 'planets2'"), unknown.standardError)
    }
}
