import Foundation
import XCTest
@testable import ExoDetrend

/// The biweight trend equals wotan's `flatten(method="biweight")` (reference from
/// `scripts/make_biweight_fixture.py`, wotan 2.1).
final class BiweightFilterTests: XCTestCase {
    struct Reference: Decodable {
        var time, flux, trend, trend_masked: [Double]
        var mask: [Bool]
        var window: Double
    }

    func reference() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/biweight_reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    func testTrendEqualsWotan() throws {
        let ref = try reference()
        let trend = BiweightFilter(windowDays: ref.window).trend(time: ref.time, flux: ref.flux)
        var worst = 0.0
        for i in trend.indices { worst = max(worst, abs(trend[i] - ref.trend[i])) }
        // wotan stops iterating when a step is below 1e-6 MAD (MAD ≈ 4e-4 here).
        XCTAssertLessThan(worst, 1e-9)
    }

    func testMaskedTrendEqualsWotan() throws {
        let ref = try reference()
        let trend = BiweightFilter(windowDays: ref.window).trend(time: ref.time, flux: ref.flux, mask: ref.mask)
        var worst = 0.0
        for i in trend.indices { worst = max(worst, abs(trend[i] - ref.trend_masked[i])) }
        XCTAssertLessThan(worst, 1e-9)
    }

    /// The sliding, chunked, threaded filter gives bit for bit what sorting each window afresh gives:
    /// fluxes rounded to 1e-4 (many ties), a mask, and a gap between two segments of 5 and 6 chunks.
    func testSlidingChunksEqualFreshlySortedWindows() {
        let (lc, _, inTransit) = SyntheticLightCurve.make(days: 30, cadence: 0.005, seed: 3)
        let keep = lc.time.indices.filter { lc.time[$0] < 12 || lc.time[$0] > 13.5 }
        let time = keep.map { lc.time[$0] }, flux = keep.map { (lc.flux[$0] * 1e4).rounded() / 1e4 }
        let mask = keep.map { inTransit[$0] }
        let halfWindow = 0.3
        var expected = [Double](repeating: .nan, count: time.count)
        for segment in GapSplitter.segments(time: time, maxGapDays: halfWindow) {
            for i in segment {
                let window = segment.filter { time[$0] >= time[i] - halfWindow && time[$0] < time[i] + halfWindow && !mask[$0] }
                let sorted = window.map { flux[$0] }.sorted()
                expected[i] = sorted.withUnsafeBufferPointer { BiweightKernel.location(sorted: $0, tuningConstant: 5) }
            }
        }
        for threads in [1, 3] {
            let trend = BiweightFilter(windowDays: 2 * halfWindow, threads: threads).trend(time: time, flux: flux, mask: mask)
            XCTAssertEqual(trend.count, expected.count)
            XCTAssertTrue(zip(trend, expected).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }, "threads \(threads)")
        }
    }

    func testReplaceKeepsTheValuesSorted() {
        var sorted: [Double] = [1, 2, 2, 3, 5, 8]
        BiweightKernel.replace(2, with: 6, in: &sorted)
        XCTAssertEqual(sorted, [1, 2, 3, 5, 6, 8])
        BiweightKernel.replace(8, with: 0, in: &sorted)
        XCTAssertEqual(sorted, [0, 1, 2, 3, 5, 6])
        BiweightKernel.replace(3, with: 3, in: &sorted)
        XCTAssertEqual(sorted, [0, 1, 2, 3, 5, 6])
        XCTAssertEqual(BiweightKernel.lowerBound(2, in: [1, 2, 2, 3]), 1)
        XCTAssertEqual(BiweightKernel.lowerBound(9, in: [1, 2, 2, 3]), 4)
        XCTAssertEqual(BiweightKernel.lowerBound(0, in: []), 0)
    }

    func testMedianAndMADOfSortedValues() {
        let values: [Double] = [1, 2, 4, 7, 11, 16].sorted()
        let (med, mad) = values.withUnsafeBufferPointer { BiweightKernel.medianAndMAD(sorted: $0) }
        XCTAssertEqual(med, 5.5)
        // |v − 5.5| = 4.5, 3.5, 1.5, 1.5, 5.5, 10.5 → median 4.0
        XCTAssertEqual(mad, 4.0)
    }
}
