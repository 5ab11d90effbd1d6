import ExoRandom

/// Layers applied one after another; itself a `Layer` and a saveable `Model`.
///
/// ```swift
/// let column = Sequential {
///     Conv1D(inputChannels: 1, outputChannels: 16, kernelSize: 5)
///     ReLU()
///     MaxPool1D(size: 5, stride: 2)
///     Flatten()
/// }
/// column.initializeParameters(seed: 7)
/// print(column)    // the layer tree
/// ```
/// An empty `Sequential` is the identity (handy for a column of scalar features).
public final class Sequential: Layer, Model {
    /// The layers in order.
    public let layers: [any Layer]

    /// A chain of the given layers.
    public init(_ layers: [any Layer] = []) {
        self.layers = layers
    }

    /// A chain written with the `LayerBuilder` result builder.
    public convenience init(@LayerBuilder _ build: () -> [any Layer]) {
        self.init(build())
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        layers.reduce(input) { $1.forward($0, training: training) }
    }

    @discardableResult
    public func backward(_ outputGradient: Tensor) -> Tensor {
        layers.reversed().reduce(outputGradient) { $1.backward($0) }
    }

    /// Parameters named `"<index>.<name>"`, e.g. `"0.weight"`.
    public var parameters: [NamedParameter] {
        layers.enumerated().flatMap { index, layer in layer.parameters.prefixed(String(index)) }
    }

    /// The model's view of this chain: one input.
    public func forward(_ inputs: [Tensor], training: Bool) -> Tensor {
        precondition(inputs.count == 1, "Sequential takes 1 input, got \(inputs.count)")
        return forward(inputs[0], training: training)
    }

    /// The model's view of `backward(_:)`: the gradient of the one input.
    @discardableResult
    public func backpropagate(_ outputGradient: Tensor) -> [Tensor] {
        [backward(outputGradient)]
    }

    public func resetParameters(using generator: inout SeededGenerator) {
        for layer in layers { layer.resetParameters(using: &generator) }
    }

    public var configuration: LayerConfiguration { .sequential(layers.map(\.configuration)) }

    public var architecture: ModelArchitecture { .sequential(layers.map(\.configuration)) }
}
