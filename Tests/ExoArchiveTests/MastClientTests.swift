import ExoArchive
import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

final class MastClientTests: XCTestCase {
    func testParsesCatalogueIdentifiersAndNames() {
        XCTAssertEqual(TargetIdentifier(parsing: "KIC 11442793"), .kic(11442793))
        XCTAssertEqual(TargetIdentifier(parsing: "kplr011442793"), .kic(11442793))
        XCTAssertEqual(TargetIdentifier(parsing: "EPIC 201367065"), .epic(201367065))
        XCTAssertEqual(TargetIdentifier(parsing: "tic25155310"), .tic(25155310))
        XCTAssertEqual(TargetIdentifier(parsing: " WASP-126 "), .name("WASP-126"))
        XCTAssertEqual(TargetIdentifier.kic(11442793).mastTargetName, "kplr011442793")
        XCTAssertEqual(TargetIdentifier.epic(201367065).mastTargetName, "ktwo201367065")
        XCTAssertEqual(TargetIdentifier.tic(25155310).mastTargetName, "25155310")
    }

    func testKeplerQuartersFromFileNames() {
        XCTAssertEqual(KeplerQuarter.quarter(ofFileName: ArchiveTestFixture.q3), 3)
        XCTAssertEqual(KeplerQuarter.quarter(ofFileName: "kplr011442793-2010009091648_llc.fits"), 4)
        XCTAssertEqual(KeplerQuarter.quarter(ofFileName: "kplr010666592-2009131110544_slc.fits"), 0)
        XCTAssertEqual(KeplerQuarter.quarter(ofFileName: "kplr005562784-2011271113734_lpd-targ.fits.gz"), 10)
        XCTAssertNil(KeplerQuarter.quarter(ofFileName: "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"))
    }

    func testListsKeplerQuarterAndDownloadsIntoTheCache() async throws {
        let fake = try ArchiveTestFixture.make()
        defer { fake.stop() }
        let mast = ArchiveTestFixture.client(fake)
        let all = try await mast.search(ProductQuery(target: .kic(11442793)))
        XCTAssertEqual(all.map(\.fileName), [ArchiveTestFixture.q3, ArchiveTestFixture.q5])
        let pixels = try await mast.search(ProductQuery(target: .kic(11442793), kinds: [.pixelFile]))
        XCTAssertEqual(pixels.map(\.fileName), [ArchiveTestFixture.q5Pixels])
        let q5 = try await mast.search(ProductQuery(target: .kic(11442793), segment: 5))
        XCTAssertEqual(q5.map(\.fileName), [ArchiveTestFixture.q5])
        XCTAssertEqual(q5[0].size, 40_000)

        let cache = ArchiveCache(root: try SharedData.temporaryDirectory("exo-cache"))
        defer { try? FileManager.default.removeItem(at: cache.root) }
        let url = try await mast.download(q5[0], into: cache)
        XCTAssertEqual(url.path, cache.root.appendingPathComponent("mast/Kepler/\(ArchiveTestFixture.q5)").path)
        XCTAssertEqual(try Data(contentsOf: url), ArchiveTestFixture.bytes(40_000, seed: 2))
        XCTAssertEqual(fake.requestCount(.download), 1)
        // A second fetch is served from the cache.
        _ = try await mast.download(q5[0], into: cache)
        XCTAssertEqual(fake.requestCount(.download), 1)
        // The download request is MAST's documented one.
        let request = try XCTUnwrap(fake.server.requests.last { $0.path.hasSuffix("Download/file") })
        XCTAssertEqual(request.path, "/api/v0.1/Download/file")
        XCTAssertEqual(request.query["uri"], "mast:Kepler/product/\(ArchiveTestFixture.q5)")
    }

    func testResolvesANameToTheNearestStarAndFiltersBySector() async throws {
        let fake = try ArchiveTestFixture.make()
        defer { fake.stop() }
        let mast = ArchiveTestFixture.client(fake)
        let position = try await mast.resolvePosition(name: "WASP-126")
        XCTAssertEqual(position.rightAscension, 90.0, accuracy: 1e-12)
        let products = try await mast.search(ProductQuery(target: .name("WASP-126"), missions: [.tess]))
        XCTAssertEqual(products.map(\.fileName), [ArchiveTestFixture.sector1, ArchiveTestFixture.sector2])
        let sector2 = try await mast.search(ProductQuery(target: .tic(25155310), segment: 2))
        XCTAssertEqual(sector2.map(\.fileName), [ArchiveTestFixture.sector2])
        let lookup = try XCTUnwrap(fake.server.requests.first { $0.path == "/api/v0/invoke" })
        XCTAssertEqual(lookup.method, "POST")
        XCTAssertTrue(lookup.formFields["request"]?.contains("Mast.Name.Lookup") == true)
    }

    func testUnknownNameAndMissingSegmentAreClearErrors() async throws {
        let fake = try ArchiveTestFixture.make()
        defer { fake.stop() }
        let mast = ArchiveTestFixture.client(fake)
        do {
            _ = try await mast.search(ProductQuery(target: .name("Nowhere-1")))
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            XCTAssertEqual(error, .unknownTarget("Nowhere-1"))
        }
        do {
            _ = try await mast.search(ProductQuery(target: .tic(25155310), segment: 9))
            XCTFail("expected an error")
        } catch let error as ArchiveError {
            XCTAssertTrue(error.description.contains("no TESS lc segment 9 products"), error.description)
        }
    }
}
