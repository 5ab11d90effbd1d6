/// Average pooling over the length axis of `[batch, channels, length]`; padded positions are not counted.
public final class AvgPool1D: Layer {
    private let engine: PoolingEngine

    /// A window of `size` samples moved by `stride` (default: `size`).
    public init(size: Int, stride: Int? = nil, padding: Padding = .valid) {
        engine = PoolingEngine(kind: .average, sizeHeight: 1, sizeWidth: size, strideHeight: 1,
                               strideWidth: stride ?? size, padding: padding)
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        engine.forward1D(input, layerName: "AvgPool1D", training: training)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        engine.backward1D(outputGradient)
    }

    public var configuration: LayerConfiguration {
        .avgPool1D(size: engine.sizeWidth, stride: engine.strideWidth, padding: engine.padding)
    }
}
