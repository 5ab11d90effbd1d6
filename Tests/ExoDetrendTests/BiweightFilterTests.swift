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

    func testMedianAndMADOfSortedValues() {
        let values: [Double] = [1, 2, 4, 7, 11, 16].sorted()
        let (med, mad) = values.withUnsafeBufferPointer { BiweightKernel.medianAndMAD(sorted: $0) }
        XCTAssertEqual(med, 5.5)
        // |v − 5.5| = 4.5, 3.5, 1.5, 1.5, 5.5, 10.5 → median 4.0
        XCTAssertEqual(mad, 4.0)
    }
}
