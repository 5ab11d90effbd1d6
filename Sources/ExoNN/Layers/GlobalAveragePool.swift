/// The mean over every axis after the channel axis: `[batch, channels, ...]` → `[batch, channels]`.
public final class GlobalAveragePool: Layer {
    private var inputShape: [Int] = []

    /// A global average pool.
    public init() {}

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        precondition(input.rank >= 3, "GlobalAveragePool expects [batch, channels, ...], got \(input.shape)")
        if training { inputShape = input.shape }
        let planes = input.shape[0] * input.shape[1]
        let size = input.count / max(planes, 1)
        var output = [Float](repeating: 0, count: planes)
        for plane in 0..<planes {
            var total: Float = 0
            for index in 0..<size { total += input.scalars[plane * size + index] }
            output[plane] = total / Float(size)
        }
        return Tensor(shape: [input.shape[0], input.shape[1]], scalars: output)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let planes = inputShape[0] * inputShape[1]
        let size = inputShape.reduce(1, *) / max(planes, 1)
        var gradient = [Float](repeating: 0, count: planes * size)
        for plane in 0..<planes {
            let share = outputGradient.scalars[plane] / Float(size)
            for index in 0..<size { gradient[plane * size + index] = share }
        }
        return Tensor(shape: inputShape, scalars: gradient)
    }

    public var configuration: LayerConfiguration { .globalAveragePool }
}
