import ExoReport
import XCTest

/// The report's evidence panels: the index's per-signal rows, per-transit windows, the centroid panel,
/// odd/even depth levels, the trend broken at gaps.
final class EvidencePanelTests: XCTestCase {
    private func sampleWithEvidence() -> StarReport {
        var report = SampleReport.make(points: 2000)
        var signal = report.signals[0]
        let hours = stride(from: -7.0, through: 7.0, by: 0.5).map { $0 }
        signal.transitWindows = (0..<3).map { k in
            TransitWindow(title: "transit \(k)", hours: hours, flux: hours.map { abs($0) < 1.44 ? 0.996 : 1 },
                          modelDepth: 0.004, modelDurationHours: 2.88)
        }
        signal.transitWindowsLeftOut = 5
        signal.centroid = CentroidPanel(outOfTransitImage: (0..<20).map { Double($0) }, differenceImage: (0..<20).map { Double(20 - $0) },
                                        width: 5, differenceCentroid: [1.2, 0.8], outOfTransitCentroid: [2.5, 2.0],
                                        offsetPixels: 1.8, offsetArcsec: 7.2, significance: 9.5)
        (signal.oddDepth, signal.oddDepthError, signal.evenDepth, signal.evenDepthError) = (0.004, 0.0002, 0.0039, 0.0002)
        report.signals[0] = signal
        report.singleTransitWindows = [TransitWindow(title: "lone", hours: hours, flux: hours.map { _ in 1 },
                                                     modelDepth: 0.01, modelDurationHours: 5)]
        return report
    }

    func testIndexHasARowPerSignalWithItsNumbersAndLink() {
        let html = ReportPage.index([sampleWithEvidence()], fileNames: ["star.html"])
        for text in ["<td>3.20000</td>", "<td>4000</td>", "<td>40.0</td>", "<td>0.91</td>", "href=\"star.html#signal1\"",
                     "planet-candidate"] {
            XCTAssertTrue(html.contains(text), "index lacks \(text)")
        }
    }

    func testStarPageHasPerTransitCentroidAndSingleTransitPanels() throws {
        let html = ReportPage.html(sampleWithEvidence())
        for id in ["signal1-transit1", "signal1-transit3", "signal1-centroid", "single1", "id=\"signal1\""] {
            XCTAssertTrue(html.contains(id), "missing \(id)")
        }
        XCTAssertTrue(html.contains("5 more transit(s)"))
        XCTAssertTrue(html.contains("1.80 pixels (7.2 arcsec), 9.5 sigma"))
        // Every SVG on the page is well-formed, the centroid panel's included.
        var rest = html[...], count = 0
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            XCTAssertNil(XMLCheck(String(rest[start.lowerBound..<end.upperBound])).error)
            rest = rest[end.upperBound...]
            count += 1
        }
        XCTAssertEqual(count, ReportPlots.all(sampleWithEvidence()).count + 1)
    }

    func testOddEvenDrawsEachDepthAsALevelWithItsError() throws {
        let figure = try XCTUnwrap(ReportPlots.oddEven(sampleWithEvidence().signals[0]))
        let levels = figure.layers.compactMap { layer -> Double? in
            if case .line(_, let y, _) = layer, y.count == 2, y[0] == y[1] { return y[0] }
            return nil
        }
        XCTAssertEqual(levels, [1 - 0.004, 1 - 0.0039])
        let bars = figure.layers.filter { if case .errorBars(let x, _, _, _) = $0 { return x.count == 1 } else { return false } }
        XCTAssertEqual(bars.count, 2)
    }

    /// A trend with a 2-day gap is drawn as two lines, none crossing the gap.
    func testTrendIsNotDrawnAcrossAGap() {
        var report = SampleReport.make(points: 200)
        let first: [Double] = (0..<100).map { Double($0) * 0.1 }
        let second: [Double] = (0..<100).map { 12 + Double($0) * 0.1 }
        let time = first + second
        report.trend = CurveSeries(time: time, value: [Double](repeating: 1, count: time.count))
        let lines = ReportPlots.lightCurve(report).layers.compactMap { layer -> [Double]? in
            if case .line(let x, _, _) = layer { return x }
            return nil
        }
        XCTAssertEqual(lines.count, 2)
        for x in lines { XCTAssertLessThan((x.last ?? 0) - (x.first ?? 0), 10) }
    }
}
