import ExoRandom

/// A 1-D convolution (cross-correlation, as in PyTorch and TensorFlow) over `[batch, channels, length]`.
///
/// Weights have shape `[outputChannels, inputChannels, kernelSize]`, bias `[outputChannels]`;
/// initialised He-normal (seed 0 unless `resetParameters(using:)` is called, as models do).
/// Output length: `ceil(L / stride)` with `.same` padding, `(L - (K-1)·dilation - 1) / stride + 1` with `.valid`.
///
/// ```swift
/// let conv = Conv1D(inputChannels: 1, outputChannels: 16, kernelSize: 5)   // same padding
/// conv(Tensor(shape: [64, 1, 201]))                                          // [64, 16, 201]
/// ```
public final class Conv1D: Layer, RectifiedInference {
    let engine: ConvolutionEngine
    private var inputShape: [Int] = []

    /// A convolution with `kernelSize` taps, `stride`, `padding` and `dilation` (spacing of taps).
    public init(inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1,
                padding: Padding = .same, dilation: Int = 1) {
        engine = ConvolutionEngine(
            inputChannels: inputChannels, outputChannels: outputChannels, kernelHeight: 1, kernelWidth: kernelSize,
            strideHeight: 1, strideWidth: stride, dilationHeight: 1, dilationWidth: dilation, padding: padding,
            weightShape: [outputChannels, inputChannels, kernelSize])
    }

    /// Weights `[out, in, kernelSize]`.
    public var weight: Parameter { engine.weight }
    /// Bias `[out]`.
    public var bias: Parameter { engine.bias }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        checkShape(input)
        if training { inputShape = input.shape }
        let result = engine.forward(input.scalars, batch: input.shape[0], height: 1, width: input.shape[2], training: training)
        return Tensor(shape: [input.shape[0], engine.outputChannels, result.width], scalars: result.scalars)
    }

    func inferRectified(_ input: Tensor) -> Tensor {
        checkShape(input)
        let result = engine.infer(input.scalars, batch: input.shape[0], height: 1, width: input.shape[2], rectify: true)
        return Tensor(shape: [input.shape[0], engine.outputChannels, result.width], scalars: result.scalars)
    }

    private func checkShape(_ input: Tensor) {
        precondition(input.rank == 3 && input.shape[1] == engine.inputChannels,
                     "Conv1D expects [batch, \(engine.inputChannels), length], got \(input.shape)")
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
        .conv1D(inputChannels: engine.inputChannels, outputChannels: engine.outputChannels,
                kernelSize: engine.kernelWidth, stride: engine.strideWidth, padding: engine.padding,
                dilation: engine.dilationWidth)
    }
}
