import ExoRandom

/// A trainable network that can be saved to and rebuilt from a model file: `Sequential` or `MultiInputModel`.
public protocol Model: ParameterOwner {
    /// Every parameter with its dotted path (the tensor names in the model file).
    var parameters: [NamedParameter] { get }
    /// The description that rebuilds this model's layers.
    var architecture: ModelArchitecture { get }
}

extension Model {
    /// Re-draws every layer's parameters from one seed: the same seed gives the same weights.
    public func initializeParameters(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        resetAllParameters(using: &generator)
    }

    private func resetAllParameters(using generator: inout SeededGenerator) {
        if let sequential = self as? Sequential {
            sequential.resetParameters(using: &generator)
        } else if let multi = self as? MultiInputModel {
            for column in multi.columns { column.resetParameters(using: &generator) }
            multi.head.resetParameters(using: &generator)
        }
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
