import XCTest
import ExoRandom

final class SeededGeneratorTests: XCTestCase {
    func testSameSeedGivesSameSequence() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7), c = SeededGenerator(seed: 8)
        let sa = (0..<5).map { _ in a.next() }, sb = (0..<5).map { _ in b.next() }
        XCTAssertEqual(sa, sb)
        XCTAssertNotEqual(sa, (0..<5).map { _ in c.next() })
    }

    func testGaussianHasUnitVariance() {
        var rng = SeededGenerator(seed: 1)
        let n = 200_000
        let xs = (0..<n).map { _ in rng.nextGaussian() }
        let mean = xs.reduce(0, +) / Double(n)
        let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        XCTAssertEqual(mean, 0, accuracy: 0.01)   // 5 sigma of the mean is 0.011
        XCTAssertEqual(variance, 1, accuracy: 0.02)
    }
}
