/// Flattens everything after the batch axis: `[batch, a, b, ...]` → `[batch, a·b·…]` (row-major,
/// so for `[N, C, L]` the channel-major order `c * L + l`).
public final class Flatten: Layer {
    private var inputShape: [Int] = []

    /// A flatten layer.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        if training { inputShape = input.shape }
        let batch = input.shape.first ?? 0
        return input.reshaped(to: [batch, input.count / max(batch, 1)])
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        outputGradient.reshaped(to: inputShape)
    }

    public var configuration: LayerConfiguration { .flatten }
}
