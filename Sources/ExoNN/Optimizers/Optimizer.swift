/// Updates trainable parameters from their accumulated gradients.
///
/// ```swift
/// let adam = Adam(learningRate: 1e-3)
/// model.zeroGradients()
/// model.backward(loss.gradient)
/// clipGradients(model.parameters, maxNorm: 5)
/// adam.learningRate = schedule.learningRate(atStep: step)
/// adam.step(model.parameters)
/// ```
public protocol Optimizer: AnyObject {
    /// The step size used by the next `step`.
    var learningRate: Float { get set }
    /// Applies one update to every trainable parameter (non-trainable ones are skipped).
    func step(_ parameters: [NamedParameter])
}

/// Rescales all gradients together so that their global L2 norm is at most `maxNorm`.
/// Returns the norm before clipping.
@discardableResult
public func clipGradients(_ parameters: [NamedParameter], maxNorm: Float) -> Float {
    let trainable = parameters.filter(\.parameter.isTrainable)
    let norm = Float(trainable.reduce(0.0) { $0 + $1.parameter.gradient.squaredNorm() }.squareRoot())
    if norm > maxNorm && norm > 0 {
        let scale = maxNorm / norm
        for named in trainable {
            let gradient = named.parameter
            for index in 0..<gradient.gradient.count { gradient.gradient.scalars[index] *= scale }
        }
    }
    return norm
}
