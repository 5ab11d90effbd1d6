import Foundation

/// Softmax over the last axis (for `[batch, classes]`: per row), max-subtracted for stability.
/// For training prefer `SoftmaxCrossEntropy` on logits.
public final class Softmax: Layer {
    private var output = Tensor(shape: [0])

    /// A softmax.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        let result = Softmax.apply(input)
        if training { output = result }
        return result
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let width = output.shape.last ?? 1
        var gradient = outputGradient
        for row in 0..<(output.count / max(width, 1)) {
            var dot: Float = 0
            for j in 0..<width { dot += outputGradient.scalars[row * width + j] * output.scalars[row * width + j] }
            for j in 0..<width {
                let index = row * width + j
                gradient.scalars[index] = output.scalars[index] * (outputGradient.scalars[index] - dot)
            }
        }
        return gradient
    }

    public var configuration: LayerConfiguration { .softmax }

    /// Row-wise softmax over the last axis.
    static func apply(_ input: Tensor) -> Tensor {
        let width = input.shape.last ?? 1
        var result = input
        for row in 0..<(input.count / max(width, 1)) {
            var largest = -Float.infinity
            for j in 0..<width { largest = max(largest, input.scalars[row * width + j]) }
            var total: Float = 0
            for j in 0..<width {
                let value = Foundation.exp(input.scalars[row * width + j] - largest)
                result.scalars[row * width + j] = value
                total += value
            }
            for j in 0..<width { result.scalars[row * width + j] /= total }
        }
        return result
    }
}
