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
        let slope = self.slope
        return Tensor(shape: input.shape, scalars: input.scalars.map { $0 > 0 ? $0 : slope * $0 })
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        var gradient = outputGradient
        for index in 0..<gradient.count where input.scalars[index] <= 0 { gradient.scalars[index] *= slope }
        return gradient
    }

    public var configuration: LayerConfiguration { .leakyReLU(slope: slope) }
}
