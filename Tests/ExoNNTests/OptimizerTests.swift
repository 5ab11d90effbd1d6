import XCTest
@testable import ExoNN

/// Optimiser updates, clipping and schedules against hand-computed values.
final class OptimizerTests: XCTestCase {
    private func parameter(_ values: [Float], gradient: [Float]) -> [NamedParameter] {
        let parameter = Parameter(Tensor(shape: [values.count], scalars: values))
        parameter.gradient = Tensor(shape: [gradient.count], scalars: gradient)
        return [NamedParameter(name: "p", parameter: parameter)]
    }

    func testAdamFirstStepMovesByLearningRate() {
        // With bias correction, the first step is lr · g / (|g| + ε) ≈ lr · sign(g).
        let parameters = parameter([1, 1, 1], gradient: [0.5, -3, 0])
        Adam(learningRate: 0.1).step(parameters)
        let value = parameters[0].parameter.value.scalars
        XCTAssertEqual(value[0], 0.9, accuracy: 1e-6)
        XCTAssertEqual(value[1], 1.1, accuracy: 1e-6)
        XCTAssertEqual(value[2], 1, accuracy: 1e-6)
    }

    func testAdamWDecaysWeights() {
        let parameters = parameter([2], gradient: [0])
        Adam.adamW(learningRate: 0.1, weightDecay: 0.5).step(parameters)
        XCTAssertEqual(parameters[0].parameter.value.scalars[0], 2 - 0.1 * 0.5 * 2, accuracy: 1e-6)
    }

    func testSGDMomentum() {
        let parameters = parameter([0], gradient: [1])
        let sgd = SGD(learningRate: 0.1, momentum: 0.9)
        sgd.step(parameters)   // v = 1, θ = -0.1
        sgd.step(parameters)   // v = 1.9, θ = -0.29
        XCTAssertEqual(parameters[0].parameter.value.scalars[0], -0.29, accuracy: 1e-6)
    }

    func testNonTrainableParametersAreSkipped() {
        let frozen = Parameter(Tensor(shape: [1], scalars: [3]), isTrainable: false)
        frozen.gradient = Tensor(shape: [1], scalars: [1])
        Adam(learningRate: 0.1).step([NamedParameter(name: "f", parameter: frozen)])
        XCTAssertEqual(frozen.value.scalars, [3])
    }

    func testClipByGlobalNorm() {
        let parameters = parameter([0, 0], gradient: [3, 4]) + parameter([0], gradient: [0])
        let norm = clipGradients(parameters, maxNorm: 1)
        XCTAssertEqual(norm, 5, accuracy: 1e-6)
        XCTAssertEqual(parameters[0].parameter.gradient.scalars[0], 0.6, accuracy: 1e-6)
        XCTAssertEqual(parameters[0].parameter.gradient.scalars[1], 0.8, accuracy: 1e-6)
    }

    func testSchedules() {
        XCTAssertEqual(LearningRateSchedule.step(base: 1, interval: 10, factor: 0.5).learningRate(atStep: 25), 0.25)
        let cosine = LearningRateSchedule.cosine(base: 1, totalSteps: 100, minimum: 0.1)
        XCTAssertEqual(cosine.learningRate(atStep: 0), 1, accuracy: 1e-6)
        XCTAssertEqual(cosine.learningRate(atStep: 50), 0.55, accuracy: 1e-6)
        XCTAssertEqual(cosine.learningRate(atStep: 200), 0.1, accuracy: 1e-6)
        let warm = LearningRateSchedule.warmup(steps: 4, then: .constant(0.8))
        XCTAssertEqual(warm.learningRate(atStep: 0), 0.2, accuracy: 1e-6)
        XCTAssertEqual(warm.learningRate(atStep: 3), 0.8, accuracy: 1e-6)
        XCTAssertEqual(warm.learningRate(atStep: 10), 0.8, accuracy: 1e-6)
    }
}
