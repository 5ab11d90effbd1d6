import ExoBatch
import ExoArchive
import ExoTestSupport
import Foundation
import XCTest

/// A target manifest: stars fetched from the (loopback) archive, then processed.
final class FetchingStarProcessorTests: XCTestCase {
    func testFetchesTargetsThenProcessesThem() throws {
        let name = "tess2018206045859-s0001-0000000038846515-0120-s_lc.fits"
        guard let file = SharedData.url("fits/tess/\(name)") else { throw XCTSkip(SharedData.missingMessage("fits/tess/\(name)")) }
        let fake = try FakeArchive(products: [
            FakeArchive.Product(collection: "TESS", targetName: "38846515", obsid: "7000100", sequenceNumber: 1,
                                rightAscension: 102.7, declination: -64.0, fileName: name, subgroup: "LC",
                                body: try Data(contentsOf: file)),
        ])
        defer { fake.stop() }
        let directory = try SharedData.temporaryDirectory("exo-fetch-batch")
        defer { try? FileManager.default.removeItem(at: directory) }
        let processor = FetchingStarProcessor(
            wrapping: LightCurveStatsProcessor(),
            client: MastClient(baseURL: fake.baseURL, transport: HTTPTransport(retryPolicy: RetryPolicy(maximumAttempts: 2, initialDelay: 0.01))),
            cache: ArchiveCache(root: directory.appendingPathComponent("cache")))
        let out = directory.appendingPathComponent("out")
        let summary = try BatchRunner(processor: processor, outputDirectory: out, jobs: 2)
            .run([StarJob(id: "TIC 38846515", files: []), StarJob(id: "TIC 1", files: [])])
        XCTAssertEqual(summary.signals, 1)
        XCTAssertEqual(summary.failed, 1)
        let signals = try String(contentsOf: out.appendingPathComponent("signals.csv"), encoding: .utf8)
        XCTAssertTrue(signals.contains("TIC 38846515,TESS,TIC 38846515,1,"), signals)
        let failures = try String(contentsOf: out.appendingPathComponent("failures.csv"), encoding: .utf8)
        XCTAssertTrue(failures.contains("TIC 1,,no TESS lc products at MAST for TIC 1"), failures)
    }
}
