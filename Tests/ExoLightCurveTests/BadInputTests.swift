import ExoFITS
import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

/// Each kind of bad input gives an error that names the file and the problem, never a crash.
final class BadInputTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try SharedData.temporaryDirectory("exoscope-bad-input")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `bytes` to a file called `name` in the test folder.
    func file(_ name: String, _ bytes: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return url
    }

    /// A valid light-curve FITS file's bytes with the given columns.
    static func table(_ columns: [FITSTableColumn]) throws -> Data {
        try FITSTableWriter.encode(
            primaryHeader: [FITSCard(keyword: "TELESCOP", value: .string("TESS")), FITSCard(keyword: "TICID", value: .int(1))],
            tables: [FITSTableWriter.Table(name: "LIGHTCURVE", columns: columns)])
    }

    static var goodColumns: [FITSTableColumn] {
        [FITSTableColumn(name: "TIME", data: .float64((0..<2000).map { Double($0) / 720 })),
         FITSTableColumn(name: "PDCSAP_FLUX", data: .float32([Float](repeating: 100, count: 2000))),
         FITSTableColumn(name: "QUALITY", data: .int32([Int32](repeating: 0, count: 2000)))]
    }

    /// Reads `url` and checks the error names the file and contains `problem`.
    func assertFails(_ url: URL, _ problem: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try LightCurveReader.read(contentsOf: url), file: file, line: line) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains(url.path), "error should name the file: \(text)", file: file, line: line)
            XCTAssertTrue(text.contains(problem), "error should say '\(problem)': \(text)", file: file, line: line)
        }
    }

    func testEmptyFile() throws {
        assertFails(try file("empty.fits", Data()), "empty")
    }

    func testTruncatedFile() throws {
        let bytes = try Self.table(Self.goodColumns)
        assertFails(try file("truncated.fits", bytes.prefix(bytes.count - 5000)), "truncated")
        assertFails(try file("header-cut.fits", bytes.prefix(2000)), "truncated")
    }

    func testNonFITSFiles() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.append(Data(count: 4000))
        assertFails(try file("picture.fits", png), "not a FITS file")
        assertFails(try file("notes.fits", Data("These are my notes about planets.\n".utf8)), "not a FITS file")
    }

    func testFITSWithoutLightCurveTable() throws {
        let bytes = try FITSTableWriter.encode(primaryHeader: [], tables: [
            FITSTableWriter.Table(name: "CATALOG", columns: [FITSTableColumn(name: "RA", data: .float64([1, 2]))]),
        ])
        assertFails(try file("catalog.fits", bytes), "no light curve")
        assertFails(try file("primary-only.fits", try FITSTableWriter.encode(primaryHeader: [], tables: [])), "no light curve")
    }

    func testTableWithoutTime() throws {
        let bytes = try Self.table(Array(Self.goodColumns.dropFirst()))
        assertFails(try file("no-time.fits", bytes), "no TIME column")
    }

    func testMalformedHeaderCard() throws {
        var bytes = try Self.table(Self.goodColumns)
        let card = "TICID   = 12x4                 / broken".padding(toLength: 80, withPad: " ", startingAt: 0)
        // Replace the 6th card of the primary header (TICID) with a card whose value is not a number.
        bytes.replaceSubrange(400..<480, with: Data(card.utf8))
        assertFails(try file("bad-card.fits", bytes), "malformed header card")
    }

    func testAllNaNFluxColumn() throws {
        var columns = Self.goodColumns
        columns[1] = FITSTableColumn(name: "PDCSAP_FLUX", data: .float32([Float](repeating: .nan, count: 2000)))
        assertFails(try file("all-nan.fits", try Self.table(columns)), "no finite values")
    }

    func testGzipCutShort() throws {
        let url = try file("lc.fits", try Self.table(Self.goodColumns))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-f", url.path]
        try gzip.run()
        gzip.waitUntilExit()
        try XCTSkipIf(gzip.terminationStatus != 0, "gzip is not available")
        let compressed = try Data(contentsOf: folder.appendingPathComponent("lc.fits.gz"))
        XCTAssertNoThrow(try LightCurveReader.read(contentsOf: folder.appendingPathComponent("lc.fits.gz")))
        assertFails(try file("cut.fits.gz", compressed.prefix(compressed.count * 2 / 3)), "gzip")
    }

    func testDifferentTargetsAreNotStitched() throws {
        let a = try file("a.fits", try Self.table(Self.goodColumns))
        let other = try FITSTableWriter.encode(
            primaryHeader: [FITSCard(keyword: "TELESCOP", value: .string("TESS")), FITSCard(keyword: "TICID", value: .int(2))],
            tables: [FITSTableWriter.Table(name: "LIGHTCURVE", columns: Self.goodColumns)])
        let b = try file("b.fits", other)
        XCTAssertThrowsError(try LightCurveReader.read(contentsOf: [a, b])) { error in
            XCTAssertTrue("\(error)".contains("different targets"), "\(error)")
            XCTAssertTrue("\(error)".contains(b.path), "\(error)")
        }
        XCTAssertThrowsError(try LightCurveReader.read(contentsOf: [URL]())) {
            XCTAssertEqual($0 as? LightCurveError, .noFiles)
        }
    }
}
