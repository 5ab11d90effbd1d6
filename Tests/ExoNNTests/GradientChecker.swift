import ExoRandom
import XCTest
@testable import ExoNN

/// Finite-difference gradient checks.
///
/// The scalar probed is `L = Σ output · R` with a fixed random `R`, summed in `Double` from the
/// `Float` outputs. Central differences with step `epsilon = 1e-3`; the check passes when the
/// norm-wise relative error `‖analytic − numeric‖ / max(‖analytic‖, ‖numeric‖)` over the probed
/// entries is below `tolerance = 1e-2` (Float32 rounding of the outputs contributes about
/// `1e-7 · |L| / epsilon`, well below that for these small layers).
enum GradientChecker {
    static let epsilon: Float = 1e-3
    static let tolerance = 1e-2

    /// Checks dL/dInput and dL/dParameter of `layer` at `input`. `prepare` runs before every
    /// forward (dropout uses it to replay the same mask).
    static func check(_ layer: any Layer, input: Tensor, prepare: @escaping () -> Void = {},
                      file: StaticString = #filePath, line: UInt = #line) {
        var generator = SeededGenerator(seed: 99)
        prepare()
        let output = layer.forward(input, training: true)
        let probe = Tensor(shape: output.shape, standardDeviation: 1, generator: &generator)
        layer.zeroGradients()
        let inputGradient = layer.backward(probe)
        let loss: (Tensor) -> Double = { x in
            prepare()
            let y = layer.forward(x, training: true)
            var total = 0.0
            for index in 0..<y.count { total += Double(y.scalars[index]) * Double(probe.scalars[index]) }
            return total
        }
        let inputError = relativeError(analytic: inputGradient.scalars, count: input.count, generator: &generator) { index in
            var plus = input, minus = input
            plus.scalars[index] += epsilon
            minus.scalars[index] -= epsilon
            return (loss(plus) - loss(minus)) / Double(2 * epsilon)
        }
        XCTAssertLessThan(inputError, tolerance, "input gradient of \(layer)", file: file, line: line)
        for named in layer.parameters where named.parameter.isTrainable {
            let parameter = named.parameter
            let analytic = parameter.gradient.scalars
            let error = relativeError(analytic: analytic, count: analytic.count, generator: &generator) { index in
                let original = parameter.value.scalars[index]
                parameter.value.scalars[index] = original + epsilon
                let plus = loss(input)
                parameter.value.scalars[index] = original - epsilon
                let minus = loss(input)
                parameter.value.scalars[index] = original
                return (plus - minus) / Double(2 * epsilon)
            }
            XCTAssertLessThan(error, tolerance, "gradient of \(named.name) in \(layer)", file: file, line: line)
        }
    }

    /// Norm-wise relative error over all entries, or 120 random ones for large tensors.
    static func relativeError(analytic: [Float], count: Int, generator: inout SeededGenerator,
                              numeric: (Int) -> Double) -> Double {
        let indices = count <= 240 ? Array(0..<count) : (0..<120).map { _ in Int(generator.next() % UInt64(count)) }
        var difference = 0.0, analyticNorm = 0.0, numericNorm = 0.0
        for index in indices {
            let a = Double(analytic[index]), n = numeric(index)
            difference += (a - n) * (a - n)
            analyticNorm += a * a
            numericNorm += n * n
        }
        let scale = max(analyticNorm.squareRoot(), numericNorm.squareRoot(), 1e-6)
        return difference.squareRoot() / scale
    }

    /// Random values at least 0.05 away from zero (no ReLU kink within `epsilon`).
    static func awayFromZero(shape: [Int], seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        var tensor = Tensor(shape: shape, standardDeviation: 1, generator: &generator)
        for index in 0..<tensor.count where abs(tensor.scalars[index]) < 0.05 {
            tensor.scalars[index] = tensor.scalars[index] < 0 ? -0.05 - tensor.scalars[index] : 0.05 + tensor.scalars[index]
        }
        return tensor
    }

    /// Distinct values spaced 0.01 apart in random order (no max-pool ties within `epsilon`).
    static func distinct(shape: [Int], seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        let count = shape.reduce(1, *)
        var values = (0..<count).map { Float($0) * 0.01 - Float(count) * 0.005 }
        values.shuffle(using: &generator)
        return Tensor(shape: shape, scalars: values)
    }
}
