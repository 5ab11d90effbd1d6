import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

final class TextAndStitchTests: XCTestCase {
    func write(_ text: String, _ name: String) throws -> URL {
        let folder = try SharedData.temporaryDirectory("exoscope-text")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func testCSVWithHeaderAndNaNRows() throws {
        let url = try write("# comment\ntime,flux,flux_err,quality\n1.5,100.25,0.5,0\n2.5,nan,0.5,0\n3.5,99.75,,1024\n", "lc.csv")
        let reading = try LightCurveReader.reading(contentsOf: url)
        XCTAssertEqual(reading.product, .text)
        XCTAssertEqual(reading.lightCurve.time, [1.5, 3.5])
        XCTAssertEqual(reading.lightCurve.flux, [100.25, 99.75])
        XCTAssertEqual(reading.lightCurve.fluxError[0], 0.5)
        XCTAssertTrue(reading.lightCurve.fluxError[1].isNaN)
        XCTAssertEqual(reading.lightCurve.quality, [0, 1024])
        XCTAssertEqual(reading.droppedNonFinite, 1)
    }

    func testWhitespaceTextWithoutHeader() throws {
        let url = try write("  0.0   1.0\n0.1\t0.999  \n0.2 1.001\n", "lc.txt")
        let lc = try LightCurveReader.read(contentsOf: url)
        XCTAssertEqual(lc.time, [0, 0.1, 0.2])
        XCTAssertEqual(lc.flux, [1, 0.999, 1.001])
        XCTAssertTrue(lc.fluxError.allSatisfy(\.isNaN))
        XCTAssertEqual(lc.metadata.cadenceDays, 0.1, accuracy: 1e-12)
    }

    func testBadTextLineIsReported() throws {
        let url = try write("time flux\n1 2\n3 four\n", "bad.txt")
        XCTAssertThrowsError(try LightCurveReader.read(contentsOf: url)) { error in
            XCTAssertEqual(error as? LightCurveError, .badText(path: url.path, line: 3, detail: "non-numeric field 'four'"))
        }
    }

    func testStitchedKepler90QuartersAreNormalisedAndSorted() throws {
        let paths = ["kplr011442793-2010174085026_llc.fits", "kplr011442793-2009350155506_llc.fits",
                     "kplr011442793-2010009091648_llc.fits"].map { "fits/kepler/" + $0 }
        let urls = try paths.map { path -> URL in
            guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
            return url
        }
        let parts = try urls.map { try LightCurveReader.read(contentsOf: $0) }
        let stitched = try LightCurveReader.read(contentsOf: urls)
        XCTAssertEqual(stitched.count, parts.map(\.count).reduce(0, +))
        XCTAssertTrue(zip(stitched.time, stitched.time.dropFirst()).allSatisfy { $0 <= $1 })
        XCTAssertTrue(stitched.metadata.isNormalized)
        XCTAssertEqual(stitched.metadata.targetID, "KIC 11442793")
        XCTAssertEqual(stitched.metadata.sources.count, 3)
        XCTAssertNil(stitched.metadata.segment)
        for part in parts {
            let range = part.time.first!...part.time.last!
            let segment = stitched.filtered { range.contains(stitched.time[$0]) }
            XCTAssertEqual(segment.medianFlux, 1, accuracy: 1e-12)
        }
    }

    /// Kepler-90 Q3 and Q5 with WASP-126 between them and an unreadable file: three stars in the order
    /// they first appear, Kepler-90's two quarters in one group (read once, stitched on demand), the
    /// unreadable file a group of its own that throws its read error.
    func testStarFilesGroupsByMissionAndTarget() throws {
        let paths = ["fits/kepler/kplr011442793-2009350155506_llc.fits", "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
                     "fits/kepler/kplr011442793-2010174085026_llc.fits"]
        let urls = paths.compactMap { SharedData.url($0) }
        guard urls.count == 3 else { throw XCTSkip(SharedData.missingMessage(paths[0])) }
        let bad = try write("just some words\n", "broken.fits")
        var reads = 0
        let stars = StarFiles.grouping([urls[0], urls[1], bad, urls[2]]) { reads += 1; return try LightCurveReader.read(contentsOf: $0) }
        XCTAssertEqual(reads, 4)
        XCTAssertEqual(stars.map(\.urls), [[urls[0], urls[2]], [urls[1]], [bad]])
        let kepler90 = try stars[0].lightCurve()
        XCTAssertEqual(kepler90.metadata.targetID, "KIC 11442793")
        XCTAssertEqual(kepler90.count, stars[0].lightCurves.map(\.count).reduce(0, +))
        XCTAssertEqual(try stars[1].lightCurve().metadata.targetID, "TIC 25155310")
        XCTAssertThrowsError(try stars[2].lightCurve()) { error in
            XCTAssertTrue("\(error)".contains("broken.fits"), "\(error)")
            XCTAssertTrue("\(error)".contains("not a FITS file"), "\(error)")
        }
    }
}
