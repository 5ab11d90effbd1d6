/// Ranking and threshold metrics of a binary classifier from scores and true labels.
public enum BinaryMetrics {
    /// Average precision: the sum over distinct score thresholds, from high to low, of
    /// precision × increase in recall (scikit-learn's `average_precision_score`; tied scores form
    /// one threshold). NaN when there are no positives.
    public static func averagePrecision(scores: [Double], positives: [Bool]) -> Double {
        let totalPositives = positives.filter { $0 }.count
        guard totalPositives > 0 else { return .nan }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var truePositives = 0, seen = 0, previousRecall = 0.0, sum = 0.0
        var i = 0
        while i < order.count {
            let threshold = scores[order[i]]
            while i < order.count && scores[order[i]] == threshold {
                if positives[order[i]] { truePositives += 1 }
                seen += 1
                i += 1
            }
            let recall = Double(truePositives) / Double(totalPositives)
            sum += (recall - previousRecall) * Double(truePositives) / Double(seen)
            previousRecall = recall
        }
        return sum
    }

    /// Area under the ROC curve: the probability that a random positive scores above a random
    /// negative, ties counting one half. NaN when either class is absent.
    public static func rocAUC(scores: [Double], positives: [Bool]) -> Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        let nPositive = positives.filter { $0 }.count
        let nNegative = positives.count - nPositive
        guard nPositive > 0, nNegative > 0 else { return .nan }
        // Mann-Whitney U with mid-ranks for ties.
        var rankSum = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && scores[order[j + 1]] == scores[order[i]] { j += 1 }
            let midRank = Double(i + j) / 2 + 1
            for k in i...j where positives[order[k]] { rankSum += midRank }
            i = j + 1
        }
        let u = rankSum - Double(nPositive) * Double(nPositive + 1) / 2
        return u / (Double(nPositive) * Double(nNegative))
    }
}
