/// Rectified linear unit, `max(0, x)`, element-wise on any shape. The gradient at 0 is taken as 0.
public final class ReLU: Layer {
    private var input = Tensor(shape: [0])

    /// A ReLU.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        if training { self.input = input }
        var output = input
        input.scalars.withUnsafeBufferPointer { x in
            output.scalars.withUnsafeMutableBufferPointer { y in
                Elementwise.relu(x.baseAddress!, y.baseAddress!, count: x.count)
            }
        }
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        var gradient = outputGradient
        input.scalars.withUnsafeBufferPointer { x in
            gradient.scalars.withUnsafeMutableBufferPointer { g in
                Elementwise.rectifiedBackward(x.baseAddress!, g.baseAddress!, count: g.count, negativeSlope: 0)
            }
        }
        return gradient
    }

    public var configuration: LayerConfiguration { .relu }
}
