import ExoRandom

/// A network with several inputs (AstroNet style): each input goes through its own column, the
/// column outputs are flattened to `[batch, features]`, concatenated in order, and fed to the head.
///
/// ```swift
/// let model = MultiInputModel(
///     columns: [globalColumn, localColumn, Sequential()],   // views [N,1,201], [N,1,61]; scalars [N,k]
///     head: Sequential { Dense(inputFeatures: 768 + 416 + k, outputFeatures: 512); ReLU()
///                        Dense(inputFeatures: 512, outputFeatures: 3) })
/// model.initializeParameters(seed: 1)
/// let logits = model([global, local, scalars])           // [N, 3]
/// ```
public final class MultiInputModel: Model {
    /// One column per input, in input order.
    public let columns: [Sequential]
    /// The layers after the concatenation.
    public let head: Sequential
    private let concatenate = Concatenate()
    private var columnOutputShapes: [[Int]] = []

    /// A model joining `columns` into `head`.
    public init(columns: [Sequential], head: Sequential) {
        precondition(!columns.isEmpty, "MultiInputModel needs at least one column")
        self.columns = columns
        self.head = head
    }

    /// Runs every column on its input, joins them and runs the head. `inputs.count == columns.count`.
    public func forward(_ inputs: [Tensor], training: Bool) -> Tensor {
        precondition(inputs.count == columns.count, "Expected \(columns.count) inputs, got \(inputs.count)")
        let outputs = zip(columns, inputs).map { column, input in column.forward(input, training: training) }
        if training { columnOutputShapes = outputs.map(\.shape) }
        let flat = outputs.map { $0.reshaped(to: [$0.shape[0], $0.count / max($0.shape[0], 1)]) }
        return head.forward(concatenate.forward(flat, training: training), training: training)
    }

    /// Back-propagates dLoss/dOutput; returns dLoss/dInput for each input and accumulates parameter gradients.
    @discardableResult
    public func backpropagate(_ outputGradient: Tensor) -> [Tensor] {
        let joined = head.backward(outputGradient)
        let parts = concatenate.backward(joined)
        return zip(zip(columns, parts), columnOutputShapes).map { pair, shape in
            pair.0.backward(pair.1.reshaped(to: shape))
        }
    }

    /// Columns first, in order, then the head.
    public func resetParameters(using generator: inout SeededGenerator) {
        for column in columns { column.resetParameters(using: &generator) }
        head.resetParameters(using: &generator)
    }

    /// Parameters named `"columns.<i>.<layer>.<name>"` and `"head.<layer>.<name>"`.
    public var parameters: [NamedParameter] {
        columns.enumerated().flatMap { index, column in column.parameters.prefixed("columns.\(index)") }
            + head.parameters.prefixed("head")
    }

    public var architecture: ModelArchitecture {
        .multiInput(columns: columns.map { $0.layers.map(\.configuration) }, head: head.layers.map(\.configuration))
    }
}

extension MultiInputModel: CustomStringConvertible {
    /// The tree of columns and head.
    public var description: String {
        columns.enumerated().map { "column \($0): \($1)" }.joined(separator: "\n") + "\nhead: \(head)"
    }
}
