import Foundation

/// Softmax cross-entropy on logits `[batch, classes]` with integer labels and optional class
/// weights: `L = Σᵢ w_{yᵢ} · (-log softmax(xᵢ)_{yᵢ}) / Σᵢ w_{yᵢ}` (PyTorch's weighted mean).
///
/// ```swift
/// let loss = SoftmaxCrossEntropy(classWeights: [2, 1, 1])   // PC, EB, J
/// let result = loss.evaluate(logits: out, labels: [0, 2, 1])
/// ```
public struct SoftmaxCrossEntropy: Sendable {
    /// One weight per class, or `nil` for equal weights.
    public var classWeights: [Float]?

    /// A loss with optional class weights.
    public init(classWeights: [Float]? = nil) {
        self.classWeights = classWeights
    }

    /// Loss and gradient; `labels[i]` is the class index of row `i`.
    public func evaluate(logits: Tensor, labels: [Int]) -> LossResult {
        precondition(logits.rank == 2 && logits.shape[0] == labels.count,
                     "Need logits [batch, classes] and one label per row, got \(logits.shape) and \(labels.count) labels")
        let classes = logits.shape[1]
        precondition(classWeights == nil || classWeights?.count == classes, "Need one class weight per class")
        let probabilities = Softmax.apply(logits)
        var gradient = probabilities
        var total = 0.0, weightSum = 0.0
        for (row, label) in labels.enumerated() {
            precondition(label >= 0 && label < classes, "Label must be in 0..<\(classes), got \(label)")
            let weight = classWeights?[label] ?? 1
            weightSum += Double(weight)
            let p = max(probabilities.scalars[row * classes + label], .leastNormalMagnitude)
            total -= Double(weight) * Double(Foundation.log(p))
            for j in 0..<classes {
                let index = row * classes + j
                gradient.scalars[index] = weight * (probabilities.scalars[index] - (j == label ? 1 : 0))
            }
        }
        let normaliser = Float(max(weightSum, .leastNormalMagnitude))
        for index in 0..<gradient.count { gradient.scalars[index] /= normaliser }
        return LossResult(loss: Float(total / Double(normaliser)), gradient: gradient)
    }
}
