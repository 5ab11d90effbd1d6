import ExoRandom

/// A network layer with a hand-written backward pass.
///
/// Layers are classes: they own their parameters and cache during `forward(_:training:)` what
/// `backward(_:)` needs. Call `backward` once after each training `forward`, with the gradient of
/// the loss with respect to the layer's output; it returns the gradient with respect to the input
/// and *adds* the parameter gradients to each `Parameter.gradient` (call `zeroGradients()` between steps).
/// `backward` refers to the most recent `forward`, which must have been a training one (an inference
/// call in between replaces the cache).
///
/// ```swift
/// let conv = Conv1D(inputChannels: 1, outputChannels: 16, kernelSize: 5)
/// let y = conv(x)                                   // inference: [N, 1, L] -> [N, 16, L]
/// let yTrain = conv.forward(x, training: true)
/// let dx = conv.backward(dy)                        // fills conv.weight.gradient, conv.bias.gradient
/// ```
public protocol Layer: ParameterOwner, CustomStringConvertible {
    /// Computes the output; with `training` the layer caches what `backward` needs (and dropout
    /// and batch norm behave in training mode).
    func forward(_ input: Tensor, training: Bool) -> Tensor
    /// Given dLoss/dOutput of the last training `forward`, returns dLoss/dInput and accumulates
    /// the parameter gradients.
    @discardableResult
    func backward(_ outputGradient: Tensor) -> Tensor
    /// The layer's parameters with names relative to the layer (`"weight"`, `"bias"`).
    var parameters: [NamedParameter] { get }
    /// The hyper-parameters that rebuild this layer (stored in model files).
    var configuration: LayerConfiguration { get }
    /// Draws fresh initial parameter values from `generator` (He or Glorot, see each layer).
    func resetParameters(using generator: inout SeededGenerator)
}

extension Layer {
    /// Inference: `forward(input, training: false)`.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        forward(input, training: false)
    }

    /// No parameters by default.
    public var parameters: [NamedParameter] { [] }

    /// Nothing to initialise by default.
    public func resetParameters(using generator: inout SeededGenerator) {}

    /// The configuration, for printing.
    public var description: String { configuration.summary }
}
