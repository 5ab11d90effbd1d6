/// Counts of a binary decision against the truth.
public struct ConfusionMatrix: Codable, Equatable, Sendable {
    /// Positives called positive.
    public var truePositives = 0
    /// Negatives called positive.
    public var falsePositives = 0
    /// Negatives called negative.
    public var trueNegatives = 0
    /// Positives called negative.
    public var falseNegatives = 0

    /// The matrix of calling `score >= threshold` positive.
    public init(scores: [Double], positives: [Bool], threshold: Double) {
        for (score, positive) in zip(scores, positives) {
            switch (score >= threshold, positive) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, false): trueNegatives += 1
            case (false, true): falseNegatives += 1
            }
        }
    }

    /// All counted examples.
    public var total: Int { truePositives + falsePositives + trueNegatives + falseNegatives }
    /// Fraction decided correctly.
    public var accuracy: Double { Double(truePositives + trueNegatives) / Double(max(total, 1)) }
    /// TP / (TP + FP); 0 when nothing was called positive.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// TP / (TP + FN); 0 when there are no positives.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
}
