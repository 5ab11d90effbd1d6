import ExoFITS
import ExoTestSupport
import Foundation
import XCTest

/// Every bad input makes `exoscope lightcurve` and `exoscope info` exit non-zero with an
/// `error:` line naming the file and the problem.
final class BadInputCommandTests: XCTestCase {
    func table(_ columns: [FITSTableColumn], extname: String = "LIGHTCURVE") throws -> Data {
        try FITSTableWriter.encode(
            primaryHeader: [FITSCard(keyword: "TELESCOP", value: .string("TESS")), FITSCard(keyword: "TICID", value: .int(1))],
            tables: [FITSTableWriter.Table(name: extname, columns: columns)])
    }

    func testEveryBadInputFailsCleanly() throws {
        let folder = try SharedData.temporaryDirectory("exoscope-cli-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let n = 3000
        let time = FITSTableColumn(name: "TIME", data: .float64((0..<n).map { Double($0) / 720 }))
        let flux = FITSTableColumn(name: "PDCSAP_FLUX", data: .float32([Float](repeating: 50, count: n)))
        let good = try table([time, flux])

        var cases: [(String, Data, String)] = [
            ("empty.fits", Data(), "empty"),
            ("truncated.fits", good.prefix(good.count - 4000), "truncated"),
            ("not-fits.fits", Data("just some words\n".utf8), "not a FITS file"),
            ("no-table.fits", try table([FITSTableColumn(name: "RA", data: .float64([1]))], extname: "CATALOG"), "no light curve"),
            ("no-time.fits", try table([flux]), "no TIME column"),
            ("all-nan.fits", try table([time, FITSTableColumn(name: "PDCSAP_FLUX", data: .float32([Float](repeating: .nan, count: n)))]),
             "no finite values"),
        ]
        var badCard = good
        badCard.replaceSubrange(400..<480, with: Data("TICID   = 1x2".padding(toLength: 80, withPad: " ", startingAt: 0).utf8))
        cases.append(("bad-card.fits", badCard, "malformed header card"))

        let plain = folder.appendingPathComponent("good.fits")
        try good.write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", "-f", plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        if gzip.terminationStatus == 0 {
            let compressed = try Data(contentsOf: folder.appendingPathComponent("good.fits.gz"))
            cases.append(("cut.fits.gz", compressed.prefix(compressed.count / 2), "gzip"))
        }

        for (name, bytes, problem) in cases {
            let url = folder.appendingPathComponent(name)
            try bytes.write(to: url)
            for command in ["lightcurve", "info"] {
                let result = try CommandRunner.run([command, url.path])
                XCTAssertNotEqual(result.status, 0, "\(command) \(name)")
                XCTAssertTrue(result.standardError.contains("error: \(url.path)"), "\(command) \(name): \(result.standardError)")
                XCTAssertTrue(result.standardError.contains(problem), "\(command) \(name): \(result.standardError)")
                XCTAssertFalse(result.standardError.contains("Fatal error"), result.standardError)
            }
        }
        let ok = try CommandRunner.run(["lightcurve", plain.path])
        XCTAssertEqual(ok.status, 0, ok.standardError)

        let missing = try CommandRunner.run(["lightcurve", folder.appendingPathComponent("absent.fits").path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.standardError.contains("absent.fits"), missing.standardError)
    }
}
