/// The metrics of one task on one labelled set.
public struct TaskEvaluation: Codable, Equatable, Sendable {
    /// Which task.
    public var task: VettingTask
    /// Number of examples and of positives.
    public var count: Int
    /// Number of positives.
    public var positives: Int
    /// Average precision.
    public var averagePrecision: Double
    /// Area under the ROC curve.
    public var rocAUC: Double
    /// The score threshold of the decisions below.
    public var threshold: Double
    /// Accuracy at the threshold.
    public var accuracy: Double
    /// Precision at the threshold.
    public var precision: Double
    /// Recall at the threshold.
    public var recall: Double
    /// Decisions at the threshold.
    public var confusion: ConfusionMatrix

    /// Evaluates `predictions` against `labels` for `task`, deciding positive at `score >= threshold`.
    public init(task: VettingTask, predictions: [ClassProbabilities], labels: [VettingLabel], threshold: Double = 0.5) {
        let scores = predictions.map { $0.score(for: task) }
        let truth = labels.map(task.isPositive)
        self.task = task
        count = labels.count
        positives = truth.filter { $0 }.count
        averagePrecision = BinaryMetrics.averagePrecision(scores: scores, positives: truth)
        rocAUC = BinaryMetrics.rocAUC(scores: scores, positives: truth)
        self.threshold = threshold
        confusion = ConfusionMatrix(scores: scores, positives: truth, threshold: threshold)
        accuracy = confusion.accuracy
        precision = confusion.precision
        recall = confusion.recall
    }
}

/// Both tasks' metrics of a model on a labelled set, plus the 3-class accuracy.
public struct EvaluationReport: Codable, Equatable, Sendable {
    /// PC against the rest.
    public var vetting: TaskEvaluation
    /// PC and EB against J.
    public var triage: TaskEvaluation
    /// Fraction of examples whose most probable class is the label.
    public var threeClassAccuracy: Double

    /// Evaluates `predictions` against `labels` at `threshold` for both tasks.
    public init(predictions: [ClassProbabilities], labels: [VettingLabel], threshold: Double = 0.5) {
        vetting = TaskEvaluation(task: .vetting, predictions: predictions, labels: labels, threshold: threshold)
        triage = TaskEvaluation(task: .triage, predictions: predictions, labels: labels, threshold: threshold)
        let correct = zip(predictions, labels).filter { $0.mostLikely == $1 }.count
        threeClassAccuracy = Double(correct) / Double(max(labels.count, 1))
    }
}
