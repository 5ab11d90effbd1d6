import Foundation

/// Binary cross-entropy on logits (sigmoid included), averaged over the batch:
/// `L = -mean(w₊ · y · log σ(x) + (1 - y) · log(1 - σ(x)))` with positive-class weight `w₊`
/// (PyTorch's `BCEWithLogitsLoss(pos_weight:)`). Computed with `log σ(x) = -softplus(-x)`, so it
/// stays finite for any logit.
///
/// ```swift
/// let result = BinaryCrossEntropy(positiveWeight: 3).evaluate(logits: out, targets: labels)
/// model.backward(result.gradient)
/// ```
public struct BinaryCrossEntropy: Sendable {
    /// The weight of positive examples (1 = unweighted).
    public var positiveWeight: Float

    /// A loss with the given positive-class weight.
    public init(positiveWeight: Float = 1) {
        self.positiveWeight = positiveWeight
    }

    /// Loss and gradient for logits of any shape (typically `[batch, 1]`) and targets in `[0, 1]`
    /// with one target per logit.
    public func evaluate(logits: Tensor, targets: [Float]) -> LossResult {
        precondition(logits.count == targets.count, "Need one target per logit: \(logits.count) logits, \(targets.count) targets")
        let count = Float(max(logits.count, 1))
        var total = 0.0
        var gradient = logits
        for index in 0..<logits.count {
            let x = logits.scalars[index], y = targets[index]
            let logSigmoid = -BinaryCrossEntropy.softplus(-x)       // log σ(x)
            let logOneMinusSigmoid = -BinaryCrossEntropy.softplus(x) // log(1 - σ(x))
            total -= Double(positiveWeight * y * logSigmoid + (1 - y) * logOneMinusSigmoid)
            let s = Sigmoid.logistic(x)
            gradient.scalars[index] = (positiveWeight * y * (s - 1) + (1 - y) * s) / count
        }
        return LossResult(loss: Float(total / Double(count)), gradient: gradient)
    }

    /// `log(1 + eˣ)` without overflow.
    static func softplus(_ x: Float) -> Float {
        x > 0 ? x + Foundation.log1p(Foundation.exp(-x)) : Foundation.log1p(Foundation.exp(x))
    }
}
