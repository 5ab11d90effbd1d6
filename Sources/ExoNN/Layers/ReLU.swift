/// Rectified linear unit, `max(0, x)`, element-wise on any shape. The gradient at 0 is taken as 0.
public final class ReLU: Layer {
    private var input = Tensor(shape: [0])

    /// A ReLU.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        if training { self.input = input }
        return Tensor(shape: input.shape, scalars: input.scalars.map { max($0, 0) })
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        var gradient = outputGradient
        for index in 0..<gradient.count where input.scalars[index] <= 0 { gradient.scalars[index] = 0 }
        return gradient
    }

    public var configuration: LayerConfiguration { .relu }
}
