import ExoArchive
import ExoTestSupport
import Foundation
import XCTest

final class ExoplanetArchiveClientTests: XCTestCase {
    func testBuildsADQL() {
        XCTAssertEqual(ExoplanetArchiveClient.adql(table: .pscomppars), "select * from pscomppars")
        XCTAssertEqual(
            ExoplanetArchiveClient.adql(table: .cumulative, columns: ["kepid", "koi_period"],
                                        where: "koi_disposition = 'CONFIRMED'", orderBy: "kepid"),
            "select kepid,koi_period from cumulative where koi_disposition = 'CONFIRMED' order by kepid")
        XCTAssertEqual(ExoplanetArchiveTable(name: "koi"), .cumulative)
        XCTAssertEqual(ExoplanetArchiveTable(name: "tce"), .q1_q17_dr24_tce)
        XCTAssertNil(ExoplanetArchiveTable(name: "planets2"))
    }

    func testQueriesTAPIntoCSV() async throws {
        let fake = try ArchiveTestFixture.make()
        defer { fake.stop() }
        let client = ExoplanetArchiveClient(baseURL: fake.baseURL, transport: ArchiveTestFixture.transport())
        let csv = try await client.query(table: .ps, where: "hostname = 'WASP-126' and pl_orbper > 1+1")
        XCTAssertEqual(String(decoding: csv, as: UTF8.self), ArchiveTestFixture.psCSV)
        let request = try XCTUnwrap(fake.server.requests.last)
        XCTAssertEqual(request.path, "/TAP/sync")
        XCTAssertEqual(request.query["format"], "csv")
        XCTAssertEqual(request.query["query"], "select * from ps where hostname = 'WASP-126' and pl_orbper > 1+1")
    }

    func testRetriesServerErrorsAndReportsQueryErrors() async throws {
        let fake = try ArchiveTestFixture.make()
        defer { fake.stop() }
        let client = ExoplanetArchiveClient(baseURL: fake.baseURL, transport: ArchiveTestFixture.transport(attempts: 3))
        fake.enqueueFault(.status(502, "Bad Gateway"), for: .tap)
        _ = try await client.query(table: .toi)
        XCTAssertEqual(fake.requestCount(.tap), 2)
        do {
            _ = try await client.query(table: .cumulative)
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            XCTAssertTrue(error.description.contains("NASA Exoplanet Archive answered HTTP 400"), error.description)
        }
    }
}
