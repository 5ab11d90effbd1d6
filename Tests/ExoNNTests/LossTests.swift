import ExoRandom
import XCTest
@testable import ExoNN

/// Loss values against hand-computed references and finite-difference gradient checks
/// (central differences, epsilon 1e-3, norm-wise relative error below 1e-2).
final class LossTests: XCTestCase {
    func testBinaryCrossEntropyValue() {
        // x = 0: log 2 for either label; x = 2, y = 1, w = 3: 3 · log(1 + e^-2).
        let plain = BinaryCrossEntropy().evaluate(logits: Tensor(shape: [2, 1], scalars: [0, 0]), targets: [1, 0])
        XCTAssertEqual(plain.loss, Float(log(2.0)), accuracy: 1e-6)
        let weighted = BinaryCrossEntropy(positiveWeight: 3).evaluate(logits: Tensor(shape: [1], scalars: [2]), targets: [1])
        XCTAssertEqual(Double(weighted.loss), 3 * log(1 + exp(-2.0)), accuracy: 1e-6)
        let extreme = BinaryCrossEntropy().evaluate(logits: Tensor(shape: [2], scalars: [200, -200]), targets: [0, 1])
        XCTAssertEqual(extreme.loss, 200, accuracy: 1e-3)
        XCTAssertTrue(extreme.gradient.scalars.allSatisfy(\.isFinite))
    }

    func testSoftmaxCrossEntropyValue() {
        // Logits (1, 2, 3), label 2: -log(e^3 / (e + e^2 + e^3)) = 0.40760596.
        let result = SoftmaxCrossEntropy().evaluate(logits: Tensor(shape: [1, 3], scalars: [1, 2, 3]), labels: [2])
        XCTAssertEqual(result.loss, 0.40760596, accuracy: 1e-6)
        // Weighted mean: rows with weights 2 and 1.
        let logits = Tensor(shape: [2, 2], scalars: [0, 0, 0, 0])
        let weighted = SoftmaxCrossEntropy(classWeights: [2, 1]).evaluate(logits: logits, labels: [0, 1])
        XCTAssertEqual(weighted.loss, Float(log(2.0)), accuracy: 1e-6)
    }

    func testLabelSmoothing() {
        // Logits (1, 2, 3), label 2, ε = 0.3: targets (0.1, 0.1, 0.8); −Σ t·log p = 0.70760596.
        let logits = Tensor(shape: [1, 3], scalars: [1, 2, 3])
        let smoothed = SoftmaxCrossEntropy(labelSmoothing: 0.3).evaluate(logits: logits, labels: [2])
        XCTAssertEqual(smoothed.loss, 0.70760596, accuracy: 1e-6)
        let p = Softmax.apply(logits).scalars
        XCTAssertEqual(smoothed.gradient.scalars, [p[0] - 0.1, p[1] - 0.1, p[2] - 0.8])
        // With weights and smoothing, the gradient still matches finite differences.
        let rows = GradientChecker.awayFromZero(shape: [4, 3], seed: 3)
        let labels = [0, 2, 1, 2]
        let loss = SoftmaxCrossEntropy(classWeights: [3, 1, 0.5], labelSmoothing: 0.2)
        let analytic = loss.evaluate(logits: rows, labels: labels).gradient
        assertGradient(analytic, at: rows) { loss.evaluate(logits: $0, labels: labels).loss }
    }

    func testBinaryCrossEntropyGradient() {
        let logits = GradientChecker.awayFromZero(shape: [5, 1], seed: 1)
        let targets: [Float] = [1, 0, 1, 0.3, 0]
        let loss = BinaryCrossEntropy(positiveWeight: 2.5)
        let analytic = loss.evaluate(logits: logits, targets: targets).gradient
        assertGradient(analytic, at: logits) { loss.evaluate(logits: $0, targets: targets).loss }
    }

    func testSoftmaxCrossEntropyGradient() {
        let logits = GradientChecker.awayFromZero(shape: [4, 3], seed: 2)
        let labels = [0, 2, 1, 2]
        let loss = SoftmaxCrossEntropy(classWeights: [3, 1, 0.5])
        let analytic = loss.evaluate(logits: logits, labels: labels).gradient
        assertGradient(analytic, at: logits) { loss.evaluate(logits: $0, labels: labels).loss }
    }

    private func assertGradient(_ analytic: Tensor, at x: Tensor, _ f: (Tensor) -> Float,
                                file: StaticString = #filePath, line: UInt = #line) {
        var generator = SeededGenerator(seed: 0)
        let eps = GradientChecker.epsilon
        let error = GradientChecker.relativeError(analytic: analytic.scalars, count: x.count, generator: &generator) { index in
            var plus = x, minus = x
            plus.scalars[index] += eps
            minus.scalars[index] -= eps
            return (Double(f(plus)) - Double(f(minus))) / Double(2 * eps)
        }
        XCTAssertLessThan(error, GradientChecker.tolerance, file: file, line: line)
    }
}
