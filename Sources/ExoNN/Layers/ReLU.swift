/// Rectified linear unit, `max(0, x)`, element-wise on any shape. The gradient at 0 is taken as 0.
public final class ReLU: Layer {
    private var input = Tensor(shape: [0])

    /// A ReLU.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        if training { self.input = input }
        return input.scalars.withUnsafeBufferPointer { x in
            Tensor(shape: input.shape) { y in Elementwise.relu(x.baseAddress!, y.baseAddress!, count: x.count) }
        }
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        input.scalars.withUnsafeBufferPointer { x in
            outputGradient.scalars.withUnsafeBufferPointer { g in
                Tensor(shape: outputGradient.shape) { result in
                    Elementwise.rectifiedBackward(x.baseAddress!, g.baseAddress!, result.baseAddress!, count: g.count,
                                                  negativeSlope: 0)
                }
            }
        }
    }

    public var configuration: LayerConfiguration { .relu }
}
