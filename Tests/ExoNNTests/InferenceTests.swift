import ExoRandom
import XCTest
@testable import ExoNN

/// Inference (`model(inputs)`: the batch split between threads, weights packed once and kept)
/// computes exactly what the training pass computes, for any thread count, batch position and
/// after the weights change.
final class InferenceTests: XCTestCase {
    private var savedThreads = 1
    private var savedAVX512 = true

    override func setUp() {
        savedThreads = Threading.threadCount
        savedAVX512 = KernelSelection.useAVX512
    }

    override func tearDown() {
        Threading.threadCount = savedThreads
        KernelSelection.useAVX512 = savedAVX512
    }

    /// Two convolution columns (the second 280 deep, more than one packed panel; one strided and
    /// valid), scalars, and a head whose first layer reads 2047 features.
    private func makeModel() -> MultiInputModel {
        let model = MultiInputModel(
            columns: [
                Sequential {
                    Conv1D(inputChannels: 1, outputChannels: 8, kernelSize: 5)
                    ReLU()
                    Conv1D(inputChannels: 8, outputChannels: 40, kernelSize: 7)
                    ReLU()
                    MaxPool1D(size: 5, stride: 2)
                },
                Sequential { Conv1D(inputChannels: 1, outputChannels: 6, kernelSize: 3, stride: 2, padding: .valid) },
                Sequential(),
            ],
            head: Sequential {
                Dense(inputFeatures: 40 * 49 + 6 * 14 + 3, outputFeatures: 70)
                ReLU()
                Dense(inputFeatures: 70, outputFeatures: 3, initializer: .glorotUniform)
            })
        model.initializeParameters(seed: 5)
        return model
    }

    private func inputs(batch: Int, seed: UInt64) -> [Tensor] {
        var generator = SeededGenerator(seed: seed)
        return [Tensor(shape: [batch, 1, 101], standardDeviation: 1, generator: &generator),
                Tensor(shape: [batch, 1, 30], standardDeviation: 1, generator: &generator),
                Tensor(shape: [batch, 3], standardDeviation: 1, generator: &generator)]
    }

    func testInferenceEqualsTheTrainingPassForEveryThreadCount() {
        let model = makeModel()
        let x = inputs(batch: 37, seed: 1)
        let reference = model.forward(x, training: true)
        for threads in [1, 2, 3] {
            Threading.threadCount = threads
            XCTAssertEqual(model(x), reference, "\(threads) threads")
        }
        // Each sample alone gives its row of the batched result.
        let rows = (0..<37).map { n in model(x.map { $0.rows(n..<n + 1) }) }
        XCTAssertEqual(Tensor(joiningBatches: rows), reference)
    }

    func testPackedWeightsFollowTheParameters() {
        let model = makeModel()
        let x = inputs(batch: 16, seed: 2)
        Threading.threadCount = 2
        let before = model(x)
        // One Adam step changes every weight: inference must use the new values, not the packed old ones.
        let adam = Adam(learningRate: 0.01)
        let result = SoftmaxCrossEntropy().evaluate(logits: model.forward(x, training: true), labels: (0..<16).map { $0 % 3 })
        model.backpropagate(result.gradient)
        adam.step(model.parameters)
        let after = model(x)
        XCTAssertNotEqual(after, before)
        XCTAssertEqual(after, model.forward(x, training: true))
        // Loading values (as model files do) and switching the micro-kernel also repack.
        for named in model.parameters { named.parameter.value = Tensor(shape: named.parameter.value.shape, repeating: 0.01) }
        XCTAssertEqual(model(x), model.forward(x, training: true))
        KernelSelection.useAVX512 = false
        XCTAssertEqual(model(x), model.forward(x, training: true))
    }

    func testTwoDimensionalInferenceEqualsTheTrainingPass() {
        let model = Sequential {
            Conv2D(inputChannels: 3, outputChannels: 4, kernelSize: 3)
            ReLU()
            MaxPool2D(size: 2, stride: 2)
            Flatten()
            Dense(inputFeatures: 4 * 4 * 4, outputFeatures: 2)
        }
        model.initializeParameters(seed: 9)
        var generator = SeededGenerator(seed: 3)
        let x = Tensor(shape: [9, 3, 10, 10], standardDeviation: 1, generator: &generator)
        let reference = model.forward(x, training: true)
        for threads in [1, 2] {
            Threading.threadCount = threads
            XCTAssertEqual(model([x]), reference, "\(threads) threads")
        }
    }
}
