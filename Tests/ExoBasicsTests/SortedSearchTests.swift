import ExoBasics
import XCTest

final class SortedSearchTests: XCTestCase {
    /// The binary search agrees with a linear scan on sorted arrays with repeated values, for values
    /// below, between, on and above them, and on the empty array.
    func testFirstIndexNotBelowMatchesALinearScan() {
        var state: UInt64 = 7
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for count in [0, 1, 2, 3, 10, 101] {
            let values = (0..<count).map { _ in (next() * 20).rounded() / 2 }.sorted()
            for probe in [-1.0, 0, 0.25, 3, 5.5, 9.75, 10, 11] + values {
                let expected = values.firstIndex { $0 >= probe } ?? values.count
                XCTAssertEqual(values.firstIndex(notBelow: probe), expected, "\(probe) in \(values)")
            }
        }
    }
}
