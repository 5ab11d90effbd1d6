/// Leaky ReLU, `x` for `x > 0` and `slope · x` otherwise, element-wise.
public final class LeakyReLU: Layer {
    /// The slope for negative inputs.
    public let slope: Float
    private var input = Tensor(shape: [0])

    /// A leaky ReLU with the given negative slope (default 0.01, as PyTorch).
    public init(slope: Float = 0.01) {
        self.slope = slope
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        if training { self.input = input }
        return input.scalars.withUnsafeBufferPointer { x in
            Tensor(shape: input.shape) { y in Elementwise.leakyRelu(x.baseAddress!, y.baseAddress!, count: x.count, slope: slope) }
        }
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        input.scalars.withUnsafeBufferPointer { x in
            outputGradient.scalars.withUnsafeBufferPointer { g in
                Tensor(shape: outputGradient.shape) { result in
                    Elementwise.rectifiedBackward(x.baseAddress!, g.baseAddress!, result.baseAddress!, count: g.count,
                                                  negativeSlope: slope)
                }
            }
        }
    }

    public var configuration: LayerConfiguration { .leakyReLU(slope: slope) }
}
