import ExoArchive
import ExoTestSupport
import Foundation
import XCTest

/// Server errors, stalls, cut connections and wrong sizes: retried, and never a partial file in the cache.
final class DownloadFailureTests: XCTestCase {
    private var fake: FakeArchive!
    private var cache: ArchiveCache!

    override func setUpWithError() throws {
        fake = try ArchiveTestFixture.make()
        cache = ArchiveCache(root: try SharedData.temporaryDirectory("exo-cache"))
    }

    override func tearDown() {
        fake.stop()
        try? FileManager.default.removeItem(at: cache.root)
    }

    private func sector1(_ mast: MastClient) async throws -> MastProduct {
        try await mast.search(ProductQuery(target: .tic(25155310), segment: 1))[0]
    }

    func testServerErrorsAreRetriedUntilSuccess() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 3)
        let product = try await sector1(mast)
        fake.enqueueFault(.status(500, "Internal Server Error"), for: .download, times: 2)
        let url = try await mast.download(product, into: cache)
        XCTAssertEqual(try Data(contentsOf: url).count, 60_000)
        XCTAssertEqual(fake.requestCount(.download), 3)
        XCTAssertEqual(ArchiveTestFixture.files(under: cache.root), [ArchiveTestFixture.sector1])
    }

    func testPersistentServerErrorGivesUpWithTheStatus() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 3)
        let product = try await sector1(mast)
        fake.enqueueFault(.status(503, "Service Unavailable"), for: .download, times: 5)
        do {
            try await mast.download(product, into: cache)
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            guard case let .httpStatus(service, _, status, body) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(service, "MAST")
            XCTAssertEqual(status, 503)
            XCTAssertEqual(body, "Service Unavailable")
            XCTAssertTrue(error.description.contains("HTTP 503"))
        }
        XCTAssertEqual(fake.requestCount(.download), 3)
        XCTAssertEqual(ArchiveTestFixture.files(under: cache.root), [])
    }

    func testClientErrorsAreNotRetried() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 3)
        let product = try await sector1(mast)
        fake.enqueueFault(.status(404, "Not Found"), for: .download)
        do {
            try await mast.download(product, into: cache)
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            XCTAssertTrue(error.description.contains("HTTP 404"), error.description)
        }
        XCTAssertEqual(fake.requestCount(.download), 1)
    }

    func testStalledServerTimesOut() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 1, timeout: 1)
        let product = try await sector1(mast)
        fake.enqueueFault(.stall(seconds: 4), for: .download)
        let start = Date()
        do {
            try await mast.download(product, into: cache)
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            guard case .timedOut = error else { return XCTFail("\(error)") }
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 3.5)
        XCTAssertEqual(ArchiveTestFixture.files(under: cache.root), [])
    }

    func testStallThenSuccessIsRetried() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 2, timeout: 1)
        let product = try await sector1(mast)
        fake.enqueueFault(.stall(seconds: 3), for: .download)
        let url = try await mast.download(product, into: cache)
        XCTAssertEqual(try Data(contentsOf: url), ArchiveTestFixture.bytes(60_000, seed: 4))
    }

    func testConnectionCutMidFileLeavesNoPartialFile() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 1)
        let product = try await sector1(mast)
        fake.enqueueFault(.cut(body: ArchiveTestFixture.bytes(60_000, seed: 4), sentBytes: 25_000), for: .download)
        do {
            try await mast.download(product, into: cache)
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            XCTAssertTrue(error.description.contains(ArchiveTestFixture.sector1), error.description)
        }
        XCTAssertEqual(ArchiveTestFixture.files(under: cache.root), [])
        XCTAssertFalse(cache.contains(product))
    }

    func testConnectionCutIsRetriedThenComplete() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 3)
        let product = try await sector1(mast)
        fake.enqueueFault(.cut(body: ArchiveTestFixture.bytes(60_000, seed: 4), sentBytes: 1000), for: .download)
        fake.enqueueFault(.truncatedWithoutLength(body: ArchiveTestFixture.bytes(60_000, seed: 4), sentBytes: 30_000),
                          for: .download)
        let url = try await mast.download(product, into: cache)
        XCTAssertEqual(try Data(contentsOf: url), ArchiveTestFixture.bytes(60_000, seed: 4))
        XCTAssertEqual(fake.requestCount(.download), 3)
    }

    func testSizeMismatchIsRejected() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 2)
        fake.announceSize(61_000, for: ArchiveTestFixture.sector1)
        let product = try await sector1(mast)
        do {
            try await mast.download(product, into: cache)
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            XCTAssertEqual(error, .sizeMismatch(url: mast.downloadURL(for: product.dataURI).absoluteString,
                                                expected: 61_000, received: 60_000))
        }
        XCTAssertEqual(fake.requestCount(.download), 2)
        XCTAssertEqual(ArchiveTestFixture.files(under: cache.root), [])
    }

    func testUnreachableServerSaysOffline() async throws {
        let mast = ArchiveTestFixture.client(fake, attempts: 3)
        fake.stop()
        do {
            _ = try await mast.search(ProductQuery(target: .tic(25155310)))
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            guard case .offline = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.description.contains("cannot reach MAST"), error.description)
        }
    }
}
