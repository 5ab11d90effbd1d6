import Foundation

/// The logistic function `1 / (1 + e^-x)`, element-wise. For training a binary classifier prefer
/// `BinaryCrossEntropy` on logits, which is numerically safer than sigmoid followed by a log.
public final class Sigmoid: Layer {
    private var output = Tensor(shape: [0])

    /// A sigmoid.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        let result = Tensor(shape: input.shape, scalars: input.scalars.map { Sigmoid.logistic($0) })
        if training { output = result }
        return result
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        var gradient = outputGradient
        for index in 0..<gradient.count {
            let y = output.scalars[index]
            gradient.scalars[index] *= y * (1 - y)
        }
        return gradient
    }

    public var configuration: LayerConfiguration { .sigmoid }

    /// A logistic function that does not overflow for large `|x|`.
    static func logistic(_ x: Float) -> Float {
        x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
    }
}
