/// Anything holding named parameters: every `Layer` and every `Model`.
public protocol ParameterOwner: AnyObject {
    /// The parameters with their dotted names.
    var parameters: [NamedParameter] { get }
}

extension ParameterOwner {
    /// Sets every parameter gradient to zero (call before each training step).
    public func zeroGradients() {
        for named in parameters { named.parameter.zeroGradient() }
    }

    /// The number of trainable scalars.
    public var trainableParameterCount: Int {
        parameters.filter(\.parameter.isTrainable).reduce(0) { $0 + $1.parameter.value.count }
    }
}
