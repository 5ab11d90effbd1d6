@testable import ExoReport
import XCTest

final class PlotTests: XCTestCase {
    func testTicksAreNiceAndInsideTheRange() {
        let ticks = AxisTicks(range: 0.9961...1.0023, target: 6)
        XCTAssertEqual(ticks.step, 0.001, accuracy: 1e-15)
        XCTAssertEqual(ticks.values.count, 6)
        XCTAssertTrue(ticks.values.allSatisfy { (0.9961...1.0023).contains($0) })
        XCTAssertEqual(ticks.label(1.0), "1.000")
        XCTAssertEqual(AxisTicks(range: 0...100, target: 5).values, [0, 20, 40, 60, 80, 100])
        XCTAssertEqual(AxisTicks(range: 5...5).values, [5])
    }

    func testSVGIsWellFormed() throws {
        var figure = Figure(title: "a < b & c", xLabel: "x", yLabel: "y")
        figure.addLine(x: [0, 1, .nan, 3], y: [1, 2, 3, 4], style: LineStyle(label: "line"))
        figure.addScatter(x: [0, 1, 2], y: [3, 2, 1])
        figure.addErrorBars(x: [0.5], y: [2], error: [0.5])
        figure.addStep(x: [0, 1, 2], y: [1, 1.5, 1])
        figure.addVerticalMarkers(x: [1.5])
        figure.addShadedSpans([0.2...0.4])
        figure.addHorizontalLine(y: 2)
        let check = XMLCheck(figure.svg())
        XCTAssertNil(check.error)
        XCTAssertEqual(check.counts["svg"], 1)
        XCTAssertGreaterThanOrEqual(check.counts["text"] ?? 0, 6)  // title, labels, ticks
        XCTAssertGreaterThanOrEqual(check.counts["path"] ?? 0, 6)
    }

    func testLargeScatterIsDecimated() {
        // A 65,000-point noisy light curve: the SVG must stay small while covering the whole range.
        let n = 65_000
        let x = (0..<n).map { Double($0) * 0.0014 }
        var state: UInt64 = 7
        let y = (0..<n).map { (i: Int) -> Double in
            // Roughly Gaussian noise (sum of four uniforms, sigma 1e-3) and a 1% transit every 3000 points.
            var sum = 0.0
            for _ in 0..<4 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                sum += Double(state >> 11) / Double(1 << 53) - 0.5
            }
            let transit: Double = i % 3000 < 60 ? 0.01 : 0
            return 1 - transit + sum * 1.7e-3
        }
        var figure = Figure(title: "decimation")
        figure.addScatter(x: x, y: y, style: MarkerStyle(radius: 1.2))
        let svg = figure.svg()
        XCTAssertNil(XMLCheck(svg).error)
        XCTAssertLessThan(svg.utf8.count, 150_000, "65k points must be thinned, got \(svg.utf8.count) bytes")
        let marks = svg.components(separatedBy: "M").count - 1
        XCTAssertGreaterThan(marks, 500, "every pixel column keeps a mark")
        XCTAssertLessThan(marks, 8_000)
    }

    func testScatterMarksKeepEveryOccupiedCell() {
        // Two dense clumps in one column and an outlier: three marks, covering all points.
        let x = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
        let y = [10.0, 11, 14, 30, 31, 80]
        let marks = Decimation.scatterMarks(x: x, y: y, toPixel: { ($0, $1) }, cellSize: 1, mergeGap: 2)
        XCTAssertEqual(marks, [ScatterMark(x: 0.5, y0: 10.5, y1: 14.5), ScatterMark(x: 0.5, y0: 30.5, y1: 31.5),
                               ScatterMark(x: 0.5, y0: 80.5, y1: 80.5)])
    }

    func testLineEnvelopeKeepsExtremesPerColumn() {
        let x = (0..<10_000).map { Double($0) / 10_000 }
        var y = x.map { _ in 0.0 }
        y[5_000] = 7
        y[7_000] = -3
        let reduced = Decimation.lineEnvelope(x: x, y: y) { Int($0 * 100) }
        XCTAssertLessThanOrEqual(reduced.x.count, 400)
        XCTAssertEqual(reduced.y.max(), 7)
        XCTAssertEqual(reduced.y.min(), -3)
        XCTAssertEqual(reduced.x.first, 0)
        XCTAssertEqual(reduced.x.last, x.last)
    }

    func testRobustRangeIgnoresOutliers() throws {
        var values = (0..<1000).map { 1 + Double($0 % 10) * 1e-4 }
        values[3] = 50
        let range = try XCTUnwrap(Figure.robustRange(of: values))
        XCTAssertLessThan(range.upperBound, 1.01)
        XCTAssertGreaterThan(range.lowerBound, 0.99)
    }
}
