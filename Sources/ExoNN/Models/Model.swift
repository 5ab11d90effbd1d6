import ExoRandom

/// A trainable network that can be saved to and rebuilt from a model file: `Sequential` or `MultiInputModel`.
///
/// Callers train and run any model through these requirements, without knowing its concrete type:
///
/// ```swift
/// let model: any Model = loaded.model
/// model.zeroGradients()
/// let result = loss.evaluate(logits: model.forward(inputs, training: true), labels: labels)
/// model.backpropagate(result.gradient)                  // one input gradient per input
/// let logits = model(inputs)                            // inference
/// ```
public protocol Model: ParameterOwner {
    /// Every parameter with its dotted path (the tensor names in the model file).
    var parameters: [NamedParameter] { get }
    /// The description that rebuilds this model's layers.
    var architecture: ModelArchitecture { get }
    /// Computes the output from one tensor per input (batch first); with `training` the layers
    /// cache what `backpropagate(_:)` needs.
    func forward(_ inputs: [Tensor], training: Bool) -> Tensor
    /// Given dLoss/dOutput of the last training `forward`, returns dLoss/dInput for each input and
    /// accumulates the parameter gradients.
    @discardableResult
    func backpropagate(_ outputGradient: Tensor) -> [Tensor]
    /// Draws fresh initial values of every parameter from `generator`, layer by layer in order.
    func resetParameters(using generator: inout SeededGenerator)
}

extension Model {
    /// Inference on the given inputs: `forward(inputs, training: false)`, with the batch split
    /// between the ``Threading/threadCount`` threads for the whole pass (each part runs every layer
    /// on its own thread). Every sample's arithmetic is the same as in one pass, so the result does
    /// not depend on the thread count.
    public func callAsFunction(_ inputs: [Tensor]) -> Tensor {
        let batch = inputs.first?.shape.first ?? 0
        let parts = min(Threading.availableThreads, batch)
        guard parts > 1 else { return forward(inputs, training: false) }
        var outputs = [Tensor](repeating: Tensor(shape: [0]), count: parts)
        outputs.withUnsafeMutableBufferPointer { slots in
            let slots = slots
            Threading.splitBatch(parts) { part in
                let rows = (batch * part / parts)..<(batch * (part + 1) / parts)
                slots[part] = forward(inputs.map { $0.rows(rows) }, training: false)
            }
        }
        return Tensor(joiningBatches: outputs)
    }

    /// Re-draws every layer's parameters from one seed: the same seed gives the same weights.
    public func initializeParameters(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        resetParameters(using: &generator)
    }
}

/// The architecture stored in a model file (JSON) and rebuilt on loading.
public enum ModelArchitecture: Codable, Equatable, Sendable {
    /// One chain of layers.
    case sequential([LayerConfiguration])
    /// Several input columns, flattened and concatenated, followed by a head.
    case multiInput(columns: [[LayerConfiguration]], head: [LayerConfiguration])

    /// A new model with this architecture (parameters from seed 0 until loaded or re-initialised).
    public func makeModel() -> any Model {
        switch self {
        case let .sequential(layers):
            return Sequential(layers.map { $0.makeLayer() })
        case let .multiInput(columns, head):
            return MultiInputModel(columns: columns.map { Sequential($0.map { $0.makeLayer() }) },
                                   head: Sequential(head.map { $0.makeLayer() }))
        }
    }
}
