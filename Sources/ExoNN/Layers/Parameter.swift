/// A learnable (or persistent) tensor of a layer together with its accumulated gradient.
///
/// Layers own their parameters; optimisers update `value` in place from `gradient`.
/// Non-trainable parameters (batch-norm running statistics) are saved in model files but
/// skipped by optimisers.
public final class Parameter {
    /// The current value.
    public var value: Tensor { didSet { version &+= 1 } }
    /// The gradient accumulated by `backward` calls since the last `zeroGradient()`; same shape as `value`.
    public var gradient: Tensor
    /// Whether optimisers update this parameter.
    public let isTrainable: Bool
    /// Counts the changes of `value`: packed copies of the weights (`PackedWeights`) compare it.
    private(set) var version = 0

    /// A parameter with the given initial value and a zero gradient.
    public init(_ value: Tensor, isTrainable: Bool = true) {
        self.value = value
        self.gradient = Tensor(shape: value.shape)
        self.isTrainable = isTrainable
    }

    /// Resets the accumulated gradient to zero.
    public func zeroGradient() {
        for index in 0..<gradient.count { gradient.scalars[index] = 0 }
    }
}

/// A parameter with its path in the model (`"0.weight"`, `"columns.1.3.bias"`), as stored in model files.
public struct NamedParameter {
    /// The dotted path of the parameter in its model.
    public var name: String
    /// The parameter itself (shared with the layer that owns it).
    public var parameter: Parameter

    /// Pairs a name with a parameter.
    public init(name: String, parameter: Parameter) {
        self.name = name
        self.parameter = parameter
    }
}

extension Array where Element == NamedParameter {
    /// The same parameters with `prefix.` put before each name.
    func prefixed(_ prefix: String) -> [NamedParameter] {
        map { NamedParameter(name: "\(prefix).\($0.name)", parameter: $0.parameter) }
    }
}
