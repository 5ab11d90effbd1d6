import ExoRandom

/// A 2-D convolution over `[batch, channels, height, width]` images.
///
/// Weights `[outputChannels, inputChannels, kernelSize, kernelSize]`, bias `[outputChannels]`, He-normal.
/// The same `stride` and `padding` apply on both axes.
///
/// ```swift
/// let conv = Conv2D(inputChannels: 3, outputChannels: 32, kernelSize: 3, padding: .valid)
/// conv(Tensor(shape: [8, 3, 32, 32]))   // [8, 32, 30, 30]
/// ```
public final class Conv2D: Layer, RectifiedInference {
    let engine: ConvolutionEngine
    private var inputShape: [Int] = []

    /// A square-kernel convolution.
    public init(inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1, padding: Padding = .valid) {
        engine = ConvolutionEngine(
            inputChannels: inputChannels, outputChannels: outputChannels, kernelHeight: kernelSize,
            kernelWidth: kernelSize, strideHeight: stride, strideWidth: stride, dilationHeight: 1, dilationWidth: 1,
            padding: padding)
    }

    /// Weights `[out, in, k, k]`.
    public var weight: Parameter { engine.weight }
    /// Bias `[out]`.
    public var bias: Parameter { engine.bias }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        checkShape(input)
        if training { inputShape = input.shape }
        let result = engine.forward(input.scalars, batch: input.shape[0], height: input.shape[2], width: input.shape[3], training: training)
        return Tensor(shape: [input.shape[0], engine.outputChannels, result.height, result.width], scalars: result.scalars)
    }

    func inferRectified(_ input: Tensor) -> Tensor {
        checkShape(input)
        let result = engine.infer(input.scalars, batch: input.shape[0], height: input.shape[2], width: input.shape[3], rectify: true)
        return Tensor(shape: [input.shape[0], engine.outputChannels, result.height, result.width], scalars: result.scalars)
    }

    private func checkShape(_ input: Tensor) {
        precondition(input.rank == 4 && input.shape[1] == engine.inputChannels,
                     "Conv2D expects [batch, \(engine.inputChannels), height, width], got \(input.shape)")
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        Tensor(shape: inputShape, scalars: engine.backward(outputGradient.scalars))
    }

    public var parameters: [NamedParameter] {
        [NamedParameter(name: "weight", parameter: engine.weight), NamedParameter(name: "bias", parameter: engine.bias)]
    }

    public func resetParameters(using generator: inout SeededGenerator) {
        engine.resetParameters(using: &generator)
    }

    public var configuration: LayerConfiguration {
        .conv2D(inputChannels: engine.inputChannels, outputChannels: engine.outputChannels,
                kernelSize: engine.kernelWidth, stride: engine.strideWidth, padding: engine.padding)
    }
}
