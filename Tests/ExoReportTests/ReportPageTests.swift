import ExoReport
import ExoTestSupport
import XCTest

final class ReportPageTests: XCTestCase {
    func testPageContainsEveryPlotAndIsSelfContained() throws {
        let report = SampleReport.make()
        let html = ReportPage.html(report)
        let expected = ReportPlots.all(report).count
        XCTAssertEqual(expected, 6)  // light curve, detrended, periodogram, global, local, odd-even
        let svgs = extractSVGs(html)
        XCTAssertEqual(svgs.count, expected)
        for svg in svgs { XCTAssertNil(XMLCheck(svg).error) }
        for id in ["lightcurve", "detrended", "periodogram", "signal1-view0", "signal1-view1", "signal1-oddeven"] {
            XCTAssertTrue(html.contains("id=\"\(id)\""), "missing plot \(id)")
        }
        XCTAssertTrue(html.contains("planet-candidate"))
        XCTAssertTrue(html.contains("TIC 123 &amp; &lt;friends&gt;"))
        XCTAssertTrue(html.contains("&lt;b&gt;"), "reasons are escaped")
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"))
        XCTAssertFalse(html.contains("https://"))
        XCTAssertLessThan(html.utf8.count, 2_000_000)
    }

    func testReportRoundTripsThroughJSON() throws {
        let report = SampleReport.make(points: 500)
        let data = try JSONEncoder().encode(report)
        XCTAssertEqual(try JSONDecoder().decode(StarReport.self, from: data), report)
    }

    func testWriterWritesIndexAndStarPages() throws {
        let folder = try SharedData.temporaryDirectory("report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = SampleReport.make(points: 1000)
        let urls = try ReportWriter.write([report, report], to: folder)
        XCTAssertEqual(urls.count, 2)
        XCTAssertNotEqual(urls[0], urls[1])
        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains(urls[0].lastPathComponent))
        XCTAssertTrue(index.contains(urls[1].lastPathComponent))
    }

    private func extractSVGs(_ html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            result.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }
}
