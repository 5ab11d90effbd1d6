/// The maximum over every axis after the channel axis: `[batch, channels, ...]` → `[batch, channels]`.
public final class GlobalMaxPool: Layer {
    private var inputShape: [Int] = []
    private var argmax: [Int] = []

    /// A global max pool.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        precondition(input.rank >= 3, "GlobalMaxPool expects [batch, channels, ...], got \(input.shape)")
        let planes = input.shape[0] * input.shape[1]
        let size = input.count / max(planes, 1)
        var output = [Float](repeating: 0, count: planes)
        var maxima = [Int](repeating: 0, count: planes)
        for plane in 0..<planes {
            var best = plane * size
            for index in (plane * size)..<((plane + 1) * size) where input.scalars[index] > input.scalars[best] {
                best = index
            }
            maxima[plane] = best
            output[plane] = input.scalars[best]
        }
        if training {
            inputShape = input.shape
            argmax = maxima
        }
        return Tensor(shape: [input.shape[0], input.shape[1]], scalars: output)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        var gradient = Tensor(shape: inputShape)
        for plane in 0..<argmax.count { gradient.scalars[argmax[plane]] += outputGradient.scalars[plane] }
        return gradient
    }

    public var configuration: LayerConfiguration { .globalMaxPool }
}
