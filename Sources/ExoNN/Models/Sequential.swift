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
    /// What inference runs: the layers, with each `RectifiedInference` layer and the `ReLU` after it as one step.
    private let inferenceSteps: [InferenceStep]

    private enum InferenceStep {
        case layer(any Layer)
        case rectified(any RectifiedInference)
    }

    /// A chain of the given layers.
    public init(_ layers: [any Layer] = []) {
        self.layers = layers
        var steps: [InferenceStep] = []
        var index = 0
        while index < layers.count {
            if let fusing = layers[index] as? any RectifiedInference, index + 1 < layers.count, layers[index + 1] is ReLU {
                steps.append(.rectified(fusing))
                index += 2
            } else {
                steps.append(.layer(layers[index]))
                index += 1
            }
        }
        inferenceSteps = steps
    }

    /// A chain written with the `LayerBuilder` result builder.
    public convenience init(@LayerBuilder _ build: () -> [any Layer]) {
        self.init(build())
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        if training { return layers.reduce(input) { $1.forward($0, training: true) } }
        return inferenceSteps.reduce(input) { x, step in
            switch step {
            case let .layer(layer): layer.forward(x, training: false)
            case let .rectified(layer): layer.inferRectified(x)
            }
        }
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
