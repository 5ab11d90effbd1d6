/// Max pooling over `[batch, channels, height, width]` with a square window.
///
/// The hobby project's baseline uses `MaxPool2D(size: 2, stride: 2)`: 30×30 → 15×15.
public final class MaxPool2D: Layer {
    private let engine: PoolingEngine
    private var inputShape: [Int] = []

    /// A `size × size` window moved by `stride` (default: `size`) on both axes.
    public init(size: Int, stride: Int? = nil, padding: Padding = .valid) {
        engine = PoolingEngine(kind: .max, sizeHeight: size, sizeWidth: size, strideHeight: stride ?? size,
                               strideWidth: stride ?? size, padding: padding)
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        precondition(input.rank == 4, "MaxPool2D expects [batch, channels, height, width], got \(input.shape)")
        if training { inputShape = input.shape }
        let result = engine.forward(input.scalars, batch: input.shape[0], channels: input.shape[1],
                                    height: input.shape[2], width: input.shape[3], training: training)
        return Tensor(shape: [input.shape[0], input.shape[1], result.height, result.width], scalars: result.scalars)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        Tensor(shape: inputShape, scalars: engine.backward(outputGradient.scalars))
    }

    public var configuration: LayerConfiguration {
        .maxPool2D(size: engine.sizeWidth, stride: engine.strideWidth, padding: engine.padding)
    }
}
