import ExoRandom
import Foundation

extension SeededGenerator {
    /// A uniform draw in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
    }

    /// A log-uniform draw in `range` (both bounds positive).
    mutating func logUniform(_ range: ClosedRange<Double>) -> Double {
        exp(uniform(log(range.lowerBound)...log(range.upperBound)))
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        nextUniform() < probability
    }
}
