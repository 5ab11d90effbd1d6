import ExoRandom

/// Parametric ReLU with one learnable negative slope per channel (axis 1), initialised to 0.25.
///
/// Input `[batch, channels, ...]` or `[batch, features]` (one slope per feature).
public final class PReLU: Layer {
    /// Slopes `[channels]`.
    public let slope: Parameter
    private var input = Tensor(shape: [0])

    /// A PReLU over `channels` channels.
    public init(channels: Int) {
        slope = Parameter(Tensor(shape: [channels], repeating: 0.25))
    }

    private var channels: Int { slope.value.count }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        precondition(input.rank >= 2 && input.shape[1] == channels, "PReLU expects [batch, \(channels), ...], got \(input.shape)")
        if training { self.input = input }
        let inner = input.count / max(input.shape[0] * channels, 1)
        var output = input
        for index in 0..<output.count where output.scalars[index] <= 0 {
            output.scalars[index] *= slope.value.scalars[(index / inner) % channels]
        }
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let inner = input.count / max(input.shape[0] * channels, 1)
        var gradient = outputGradient
        for index in 0..<gradient.count where input.scalars[index] <= 0 {
            let channel = (index / inner) % channels
            slope.gradient.scalars[channel] += outputGradient.scalars[index] * input.scalars[index]
            gradient.scalars[index] *= slope.value.scalars[channel]
        }
        return gradient
    }

    public var parameters: [NamedParameter] { [NamedParameter(name: "slope", parameter: slope)] }

    /// Resets the slopes to 0.25.
    public func resetParameters(using generator: inout SeededGenerator) {
        slope.value = Tensor(shape: [channels], repeating: 0.25)
    }

    public var configuration: LayerConfiguration { .prelu(channels: channels) }
}
