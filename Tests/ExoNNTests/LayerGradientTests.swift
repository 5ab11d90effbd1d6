import ExoRandom
import XCTest
@testable import ExoNN

/// Finite-difference checks of every layer's backward pass (tolerances in `GradientChecker`).
final class LayerGradientTests: XCTestCase {
    private func seeded(_ layer: any Layer, seed: UInt64 = 3) -> any Layer {
        var generator = SeededGenerator(seed: seed)
        layer.resetParameters(using: &generator)
        return layer
    }

    func testConv1DSameStrideOne() {
        let conv = seeded(Conv1D(inputChannels: 2, outputChannels: 3, kernelSize: 5))
        GradientChecker.check(conv, input: GradientChecker.awayFromZero(shape: [2, 2, 11], seed: 1))
    }

    func testConv1DValidStrideTwoDilated() {
        let conv = seeded(Conv1D(inputChannels: 2, outputChannels: 3, kernelSize: 3, stride: 2, padding: .valid, dilation: 2))
        GradientChecker.check(conv, input: GradientChecker.awayFromZero(shape: [2, 2, 13], seed: 2))
    }

    func testConv1DSameStrideTwoDilated() {
        let conv = seeded(Conv1D(inputChannels: 1, outputChannels: 2, kernelSize: 4, stride: 2, padding: .same, dilation: 3))
        GradientChecker.check(conv, input: GradientChecker.awayFromZero(shape: [2, 1, 14], seed: 3))
    }

    func testConv2D() {
        let conv = seeded(Conv2D(inputChannels: 2, outputChannels: 3, kernelSize: 3))
        GradientChecker.check(conv, input: GradientChecker.awayFromZero(shape: [2, 2, 6, 5], seed: 4))
        let same = seeded(Conv2D(inputChannels: 1, outputChannels: 2, kernelSize: 3, stride: 2, padding: .same))
        GradientChecker.check(same, input: GradientChecker.awayFromZero(shape: [1, 1, 7, 6], seed: 5))
    }

    func testPooling() {
        GradientChecker.check(MaxPool1D(size: 5, stride: 2), input: GradientChecker.distinct(shape: [2, 3, 21], seed: 6))
        GradientChecker.check(MaxPool1D(size: 3, stride: 2, padding: .same), input: GradientChecker.distinct(shape: [2, 2, 10], seed: 7))
        GradientChecker.check(MaxPool2D(size: 2), input: GradientChecker.distinct(shape: [2, 2, 6, 6], seed: 8))
        GradientChecker.check(AvgPool1D(size: 3, stride: 2), input: GradientChecker.awayFromZero(shape: [2, 2, 11], seed: 9))
        GradientChecker.check(AvgPool1D(size: 4, stride: 3, padding: .same), input: GradientChecker.awayFromZero(shape: [2, 2, 11], seed: 10))
        GradientChecker.check(GlobalAveragePool(), input: GradientChecker.awayFromZero(shape: [3, 2, 7], seed: 11))
        GradientChecker.check(GlobalMaxPool(), input: GradientChecker.distinct(shape: [3, 2, 7], seed: 12))
    }

    func testDense() {
        GradientChecker.check(seeded(Dense(inputFeatures: 7, outputFeatures: 4)),
                              input: GradientChecker.awayFromZero(shape: [3, 7], seed: 13))
        GradientChecker.check(seeded(Dense(inputFeatures: 5, outputFeatures: 3, initializer: .glorotUniform)),
                              input: GradientChecker.awayFromZero(shape: [2, 5], seed: 14))
    }

    func testActivations() {
        let input = GradientChecker.awayFromZero(shape: [2, 3, 5], seed: 15)
        GradientChecker.check(ReLU(), input: input)
        GradientChecker.check(LeakyReLU(slope: 0.2), input: input)
        let prelu = PReLU(channels: 3)
        prelu.slope.value = Tensor(shape: [3], scalars: [0.1, 0.3, -0.2])
        GradientChecker.check(prelu, input: input)
        GradientChecker.check(Sigmoid(), input: input)
        GradientChecker.check(Softmax(), input: GradientChecker.awayFromZero(shape: [4, 3], seed: 16))
    }

    func testDropoutReplaysItsMask() {
        let dropout = Dropout(rate: 0.4, seed: 17)
        GradientChecker.check(dropout, input: GradientChecker.awayFromZero(shape: [3, 20], seed: 18)) {
            var generator = SeededGenerator(seed: 19)
            dropout.resetParameters(using: &generator)
        }
    }

    func testBatchNorm() {
        let norm = BatchNorm(channels: 3)
        norm.gamma.value = Tensor(shape: [3], scalars: [1.5, 0.7, -0.4])
        norm.beta.value = Tensor(shape: [3], scalars: [0.1, -0.2, 0.3])
        GradientChecker.check(norm, input: GradientChecker.awayFromZero(shape: [4, 3, 5], seed: 20))
        GradientChecker.check(BatchNorm(channels: 4), input: GradientChecker.awayFromZero(shape: [6, 4], seed: 21))
    }

    func testFlattenAndSequential() {
        GradientChecker.check(Flatten(), input: GradientChecker.awayFromZero(shape: [2, 3, 4], seed: 22))
        var generator = SeededGenerator(seed: 23)
        let model = Sequential {
            Conv1D(inputChannels: 1, outputChannels: 4, kernelSize: 3)
            LeakyReLU(slope: 0.1)
            AvgPool1D(size: 2)
            Flatten()
            Dense(inputFeatures: 4 * 6, outputFeatures: 3)
        }
        model.resetParameters(using: &generator)
        GradientChecker.check(model, input: GradientChecker.awayFromZero(shape: [2, 1, 12], seed: 24))
    }
}
