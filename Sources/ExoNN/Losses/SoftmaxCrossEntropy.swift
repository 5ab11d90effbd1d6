import Foundation

/// Softmax cross-entropy on logits `[batch, classes]` with integer labels, optional class
/// weights and optional label smoothing: `L = Σᵢ w_{yᵢ} · (−Σⱼ tᵢⱼ log softmax(xᵢ)ⱼ) / Σᵢ w_{yᵢ}`
/// with targets `tᵢⱼ = (1 − ε)·[j = yᵢ] + ε / classes` (PyTorch's weighted mean and
/// `label_smoothing`; ε = 0 is the plain one-hot loss).
///
/// ```swift
/// let loss = SoftmaxCrossEntropy(classWeights: [2, 1, 1])   // PC, EB, J
/// let result = loss.evaluate(logits: out, labels: [0, 2, 1])
/// ```
public struct SoftmaxCrossEntropy: Sendable {
    /// One weight per class, or `nil` for equal weights.
    public var classWeights: [Float]?
    /// Label smoothing ε in [0, 1).
    public var labelSmoothing: Float

    /// A loss with optional class weights and label smoothing.
    public init(classWeights: [Float]? = nil, labelSmoothing: Float = 0) {
        precondition(labelSmoothing >= 0 && labelSmoothing < 1, "Label smoothing must be in [0, 1)")
        self.classWeights = classWeights
        self.labelSmoothing = labelSmoothing
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
            let spread = labelSmoothing / Float(classes)
            for j in 0..<classes {
                let index = row * classes + j
                let target = (j == label ? 1 - labelSmoothing : 0) + spread
                if target > 0 {
                    let p = max(probabilities.scalars[index], .leastNormalMagnitude)
                    total -= Double(weight) * Double(target) * Double(Foundation.log(p))
                }
                gradient.scalars[index] = weight * (probabilities.scalars[index] - target)
            }
        }
        let normaliser = Float(max(weightSum, .leastNormalMagnitude))
        for index in 0..<gradient.count { gradient.scalars[index] /= normaliser }
        return LossResult(loss: Float(total / Double(normaliser)), gradient: gradient)
    }
}
