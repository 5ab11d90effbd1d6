/// Max pooling over the length axis of `[batch, channels, length]`.
///
/// AstroNet's columns use `MaxPool1D(size: 5, stride: 2)` (valid padding): 201 → 99.
public final class MaxPool1D: Layer {
    private let engine: PoolingEngine

    /// A window of `size` samples moved by `stride` (default: `size`).
    public init(size: Int, stride: Int? = nil, padding: Padding = .valid) {
        engine = PoolingEngine(kind: .max, sizeHeight: 1, sizeWidth: size, strideHeight: 1,
                               strideWidth: stride ?? size, padding: padding)
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        engine.forward1D(input, layerName: "MaxPool1D", training: training)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        engine.backward1D(outputGradient)
    }

    public var configuration: LayerConfiguration {
        .maxPool1D(size: engine.sizeWidth, stride: engine.strideWidth, padding: engine.padding)
    }
}
