import ExoBasics
import XCTest

final class RobustStatisticsTests: XCTestCase {
    func testMedianAveragesTheMiddlePairAndIgnoresNonFiniteValues() {
        XCTAssertEqual(RobustStatistics.median([4, 1, 3, 2]), 2.5)
        XCTAssertEqual(RobustStatistics.median([5, .nan, 1, 3, .infinity, -.infinity]), 3)
        XCTAssertTrue(RobustStatistics.median([]).isNaN)
        XCTAssertTrue(RobustStatistics.median([.nan, .nan]).isNaN)
    }

    /// Selection gives the same median as sorting, for every size and many orders.
    func testSelectionMatchesSorting() {
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for n in 1...60 {
            let values = (0..<n).map { _ in (next() * 20).rounded() }  // ties included
            let sorted = values.sorted()
            let expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2])
            XCTAssertEqual(RobustStatistics.median(values), expected, "n \(n)")
            var copy = values
            for k in 0..<n { XCTAssertEqual(RobustStatistics.select(&copy, k), sorted[k], "n \(n) k \(k)") }
        }
    }

    func testStandardDeviationOfGaussianNoise() {
        // Gaussian quantiles at evenly spaced probabilities: MAD × 1.4826 recovers σ.
        let sigma = 3.0
        let values = (1..<2000).map { i -> Double in
            let p = Double(i) / 2000
            return sigma * 2.0.squareRoot() * inverseErf(2 * p - 1)
        }
        XCTAssertEqual(RobustStatistics.standardDeviation(values), sigma, accuracy: 0.01)
        XCTAssertEqual(RobustStatistics.medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9]), 1)
        XCTAssertTrue(RobustStatistics.standardDeviation([.nan]).isNaN)
    }

    private func inverseErf(_ y: Double) -> Double {
        // Newton on erf, enough for a test.
        var x = 0.0
        for _ in 0..<60 { x -= (erf(x) - y) / (2 / Double.pi.squareRoot() * exp(-x * x)) }
        return x
    }
}
