import ExoRandom
import XCTest
@testable import ExoNN

/// Finite-difference checks of `Concatenate` and `MultiInputModel` (same tolerance as `GradientChecker`).
final class MultiInputGradientTests: XCTestCase {
    private func makeModel() -> MultiInputModel {
        let model = MultiInputModel(
            columns: [
                Sequential {
                    Conv1D(inputChannels: 1, outputChannels: 2, kernelSize: 3)
                    ReLU()
                    MaxPool1D(size: 3, stride: 2)
                },
                Sequential { Conv1D(inputChannels: 1, outputChannels: 2, kernelSize: 3, padding: .valid) },
                Sequential(),
            ],
            head: Sequential {
                Dense(inputFeatures: 2 * 4 + 2 * 5 + 3, outputFeatures: 4)
                ReLU()
                Dense(inputFeatures: 4, outputFeatures: 2, initializer: .glorotUniform)
            })
        model.initializeParameters(seed: 31)
        return model
    }

    func testConcatenateRoundTrip() {
        let a = Tensor(shape: [2, 1, 3], scalars: [1, 2, 3, 4, 5, 6])
        let b = Tensor(shape: [2, 2, 3], scalars: (0..<12).map { Float(10 + $0) })
        let joined = Concatenate()
        let out = joined.forward([a, b])
        XCTAssertEqual(out.shape, [2, 3, 3])
        XCTAssertEqual(Array(out.scalars[0..<9]), [1, 2, 3, 10, 11, 12, 13, 14, 15])
        let parts = joined.backward(out)
        XCTAssertEqual(parts, [a, b])
    }

    func testMultiInputGradients() {
        let model = makeModel()
        let inputs = [
            GradientChecker.distinct(shape: [2, 1, 9], seed: 1),
            GradientChecker.awayFromZero(shape: [2, 1, 7], seed: 2),
            GradientChecker.awayFromZero(shape: [2, 3], seed: 3),
        ]
        var generator = SeededGenerator(seed: 4)
        let output = model.forward(inputs, training: true)
        XCTAssertEqual(output.shape, [2, 2])
        let probe = Tensor(shape: output.shape, standardDeviation: 1, generator: &generator)
        model.zeroGradients()
        let gradients = model.backpropagate(probe)
        XCTAssertEqual(gradients.map(\.shape), inputs.map(\.shape))
        func loss(_ xs: [Tensor]) -> Double {
            let y = model.forward(xs, training: true)
            return zip(y.scalars, probe.scalars).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
        }
        let eps = GradientChecker.epsilon
        for (which, input) in inputs.enumerated() {
            let error = GradientChecker.relativeError(analytic: gradients[which].scalars, count: input.count,
                                                      generator: &generator) { index in
                var plus = inputs, minus = inputs
                plus[which].scalars[index] += eps
                minus[which].scalars[index] -= eps
                return (loss(plus) - loss(minus)) / Double(2 * eps)
            }
            XCTAssertLessThan(error, GradientChecker.tolerance, "input \(which)")
        }
        for named in model.parameters {
            let parameter = named.parameter
            let error = GradientChecker.relativeError(analytic: parameter.gradient.scalars, count: parameter.value.count,
                                                      generator: &generator) { index in
                let original = parameter.value.scalars[index]
                parameter.value.scalars[index] = original + eps
                let plus = loss(inputs)
                parameter.value.scalars[index] = original - eps
                let minus = loss(inputs)
                parameter.value.scalars[index] = original
                return (plus - minus) / Double(2 * eps)
            }
            XCTAssertLessThan(error, GradientChecker.tolerance, named.name)
        }
    }

    func testParameterNames() {
        let names = makeModel().parameters.map(\.name)
        XCTAssertEqual(names, ["columns.0.0.weight", "columns.0.0.bias", "columns.1.0.weight", "columns.1.0.bias",
                               "head.0.weight", "head.0.bias", "head.2.weight", "head.2.bias"])
    }
}
