/// Stochastic gradient descent with (optional) momentum, as PyTorch:
/// `v ← momentum · v + g`, `θ ← θ - lr · v`.
public final class SGD: Optimizer {
    public var learningRate: Float
    /// The momentum factor (0 for plain SGD).
    public let momentum: Float
    private var velocities: [ObjectIdentifier: [Float]] = [:]

    /// SGD with the given learning rate and momentum.
    public init(learningRate: Float, momentum: Float = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    public func step(_ parameters: [NamedParameter]) {
        for named in parameters where named.parameter.isTrainable {
            let parameter = named.parameter
            let key = ObjectIdentifier(parameter)
            var velocity = velocities[key] ?? [Float](repeating: 0, count: parameter.value.count)
            for i in 0..<velocity.count {
                velocity[i] = momentum * velocity[i] + parameter.gradient.scalars[i]
                parameter.value.scalars[i] -= learningRate * velocity[i]
            }
            velocities[key] = velocity
        }
    }
}
