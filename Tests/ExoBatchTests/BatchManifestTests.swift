import ExoBatch
import ExoTestSupport
import Foundation
import XCTest

final class BatchManifestTests: XCTestCase {
    func testStarIdentityFromMissionFileNames() {
        let cases = [
            "kplr011442793-2009350155506_llc.fits": "KIC 11442793",
            "kplr005562784-2011271113734_lpd-targ.fits.gz": "KIC 5562784",
            "ktwo211779126-c05_llc.fits": "EPIC 211779126",
            "hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits": "EPIC 201367065",
            "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits": "TIC 25155310",
            "hlsp_tess-data-alerts_tess_phot_00025155310-s01_tess_v1_lc.fits": "TIC 25155310",
            "target_s0007_TIC260161111_lc.fits": "TIC 260161111",
            "tess25155310-s01-first-cadences.fits.gz": "TIC 25155310",
        ]
        for (name, id) in cases { XCTAssertEqual(StarIdentity.fromFileName(name), id, name) }
        XCTAssertNil(StarIdentity.fromFileName("synthetic-k2-flat.targ.fits.gz"))
        XCTAssertEqual(StarIdentity.canonical("kic 011442793"), "KIC 11442793")
    }

    func testDirectoryGroupsFilesByStar() throws {
        guard let root = SharedData.url("fits") else { throw XCTSkip(SharedData.missingMessage("fits")) }
        let jobs = try BatchManifest.read(contentsOf: root)
        let kepler90 = try XCTUnwrap(jobs.first { $0.id == "KIC 11442793" })
        XCTAssertEqual(kepler90.files.count, 3)
        let wasp126 = try XCTUnwrap(jobs.first { $0.id == "TIC 25155310" })
        XCTAssertEqual(wasp126.files.map(\.lastPathComponent).sorted(), [
            "tess25155310-s01-first-cadences.fits.gz",
            "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
            "hlsp_tess-data-alerts_tess_phot_00025155310-s01_tess_v1_lc.fits",
        ].sorted())
        XCTAssertEqual(jobs.map(\.id), jobs.map(\.id).sorted())
        XCTAssertEqual(Set(jobs.flatMap(\.files)).count, jobs.flatMap(\.files).count)
    }

    func testCSVManifestWithStarsAndRelativePaths() throws {
        let directory = try SharedData.temporaryDirectory("exo-manifest")
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = """
        star,file
        Kepler-90,data/kplr011442793-2009350155506_llc.fits
        Kepler-90,"data/kplr011442793-2010009091648_llc.fits"
        ,tess2018206045859-s0001-0000000038846515-0120-s_lc.fits
        "TIC 1, odd",/abs/a.fits;/abs/b.fits

        """
        let url = directory.appendingPathComponent("stars.csv")
        try csv.write(to: url, atomically: true, encoding: .utf8)
        let jobs = try BatchManifest.read(contentsOf: url)
        XCTAssertEqual(jobs.map(\.id), ["Kepler-90", "TIC 1, odd", "TIC 38846515"])
        XCTAssertEqual(jobs[0].files.map(\.path), [
            directory.appendingPathComponent("data/kplr011442793-2009350155506_llc.fits").path,
            directory.appendingPathComponent("data/kplr011442793-2010009091648_llc.fits").path,
        ])
        XCTAssertEqual(jobs[1].files.map(\.path), ["/abs/a.fits", "/abs/b.fits"])
    }

    func testTargetManifestGivesJobsWithoutFiles() throws {
        let directory = try SharedData.temporaryDirectory("exo-manifest")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("targets.csv")
        try "target,comment\nWASP-126,hot Jupiter\ntic 38846515,\nWASP-126,again\n".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertEqual(try BatchManifest.read(contentsOf: url), [
            StarJob(id: "TIC 38846515", files: []), StarJob(id: "WASP-126", files: []),
        ])
    }

    func testBadManifestsAreClearErrors() throws {
        let directory = try SharedData.temporaryDirectory("exo-manifest")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("bad.csv")
        try "name,target_name\nA,B\n".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try BatchManifest.read(contentsOf: url)) { error in
            XCTAssertTrue("\(error)".contains("needs a 'file' or a 'target' column"), "\(error)")
            XCTAssertTrue("\(error)".contains(url.path), "\(error)")
        }
        XCTAssertThrowsError(try BatchManifest.read(contentsOf: directory.appendingPathComponent("none.csv")))
        XCTAssertThrowsError(try BatchManifest.read(contentsOf: directory)) { error in
            XCTAssertTrue("\(error)".contains("no light-curve files"), "\(error)")
        }
    }
}
