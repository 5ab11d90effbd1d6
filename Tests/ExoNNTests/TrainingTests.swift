import ExoRandom
import XCTest
@testable import ExoNN

/// Toy problems trained to near-zero loss, deterministically for a seed.
final class TrainingTests: XCTestCase {
    /// 32 signals of length 16: half with a box dip of depth 1 at a random place, half without; noise 0.1.
    private func dipDataset(seed: UInt64) -> (Tensor, [Float]) {
        var generator = SeededGenerator(seed: seed)
        var scalars: [Float] = []
        var labels: [Float] = []
        for index in 0..<32 {
            let hasDip = index % 2 == 0
            let start = Int(generator.next() % 12)
            for t in 0..<16 {
                let dip: Float = hasDip && t >= start && t < start + 3 ? -1 : 0
                scalars.append(dip + 0.1 * Float(generator.nextGaussian()))
            }
            labels.append(hasDip ? 1 : 0)
        }
        return (Tensor(shape: [32, 1, 16], scalars: scalars), labels)
    }

    private func trainDipDetector(seed: UInt64, steps: Int) -> (Sequential, Float) {
        let (inputs, labels) = dipDataset(seed: 100)
        let model = Sequential {
            Conv1D(inputChannels: 1, outputChannels: 4, kernelSize: 3)
            ReLU()
            MaxPool1D(size: 2)
            Flatten()
            Dense(inputFeatures: 32, outputFeatures: 1, initializer: .glorotUniform)
        }
        model.initializeParameters(seed: seed)
        let adam = Adam(learningRate: 0.02)
        let loss = BinaryCrossEntropy()
        var last: Float = .infinity
        for _ in 0..<steps {
            model.zeroGradients()
            let result = loss.evaluate(logits: model.forward(inputs, training: true), targets: labels)
            model.backward(result.gradient)
            adam.step(model.parameters)
            last = result.loss
        }
        return (model, last)
    }

    func testDipDetectorReachesNearZeroLoss() {
        let (_, loss) = trainDipDetector(seed: 7, steps: 600)
        XCTAssertLessThan(loss, 0.01)
    }

    func testSameSeedGivesIdenticalWeights() {
        let first = trainDipDetector(seed: 7, steps: 20).0.parameters.map(\.parameter.value)
        let second = trainDipDetector(seed: 7, steps: 20).0.parameters.map(\.parameter.value)
        let other = trainDipDetector(seed: 8, steps: 20).0.parameters.map(\.parameter.value)
        XCTAssertEqual(first, second)
        XCTAssertNotEqual(first, other)
    }

    func testMultiInputModelLearnsThreeClasses() {
        // Class = which of (view dip, view bump, scalar feature high) is present.
        var generator = SeededGenerator(seed: 5)
        var views: [Float] = [], features: [Float] = [], labels: [Int] = []
        for index in 0..<30 {
            let label = index % 3
            for t in 0..<12 {
                let signal: Float = (t >= 4 && t < 8) ? (label == 0 ? -1 : label == 1 ? 1 : 0) : 0
                views.append(signal + 0.05 * Float(generator.nextGaussian()))
            }
            features.append(label == 2 ? 1 : 0)
            features.append(Float(generator.nextGaussian()) * 0.05)
            labels.append(label)
        }
        let inputs = [Tensor(shape: [30, 1, 12], scalars: views), Tensor(shape: [30, 2], scalars: features)]
        let model = MultiInputModel(
            columns: [
                Sequential {
                    Conv1D(inputChannels: 1, outputChannels: 4, kernelSize: 3)
                    BatchNorm(channels: 4)
                    PReLU(channels: 4)
                    MaxPool1D(size: 2, stride: 2)
                },
                Sequential(),
            ],
            head: Sequential {
                Dense(inputFeatures: 26, outputFeatures: 16)
                ReLU()
                Dropout(rate: 0.1, seed: 3)
                Dense(inputFeatures: 16, outputFeatures: 3, initializer: .glorotUniform)
            })
        model.initializeParameters(seed: 11)
        let sgd = SGD(learningRate: 0.05, momentum: 0.9)
        let loss = SoftmaxCrossEntropy(classWeights: [1, 1, 2])
        for _ in 0..<200 {
            model.zeroGradients()
            let result = loss.evaluate(logits: model.forward(inputs, training: true), labels: labels)
            _ = model.backpropagate(result.gradient)
            clipGradients(model.parameters, maxNorm: 5)
            sgd.step(model.parameters)
        }
        let final = loss.evaluate(logits: model(inputs), labels: labels)
        XCTAssertLessThan(final.loss, 0.05)
        XCTAssertEqual(model(inputs).argmaxPerRow(), labels)
    }
}
