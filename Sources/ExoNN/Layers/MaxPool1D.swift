/// Max pooling over the length axis of `[batch, channels, length]`.
///
/// AstroNet's columns use `MaxPool1D(size: 5, stride: 2)` (valid padding): 201 → 99.
public final class MaxPool1D: Layer {
    private let engine: PoolingEngine
    private var inputShape: [Int] = []

    /// A window of `size` samples moved by `stride` (default: `size`).
    public init(size: Int, stride: Int? = nil, padding: Padding = .valid) {
        engine = PoolingEngine(kind: .max, sizeHeight: 1, sizeWidth: size, strideHeight: 1,
                               strideWidth: stride ?? size, padding: padding)
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        precondition(input.rank == 3, "MaxPool1D expects [batch, channels, length], got \(input.shape)")
        inputShape = input.shape
        let result = engine.forward(input.scalars, batch: input.shape[0], channels: input.shape[1], height: 1,
                                    width: input.shape[2])
        return Tensor(shape: [input.shape[0], input.shape[1], result.width], scalars: result.scalars)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        Tensor(shape: inputShape, scalars: engine.backward(outputGradient.scalars))
    }

    public var configuration: LayerConfiguration {
        .maxPool1D(size: engine.sizeWidth, stride: engine.strideWidth, padding: engine.padding)
    }
}
