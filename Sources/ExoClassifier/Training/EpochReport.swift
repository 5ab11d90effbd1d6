/// What one training epoch did.
public struct EpochReport: Codable, Equatable, Sendable {
    /// Ensemble member (0-based).
    public var member: Int
    /// Epoch number (1-based).
    public var epoch: Int
    /// Mean training loss over the epoch.
    public var loss: Double
    /// Validation average precision, vetting task (PC against the rest).
    public var validationVettingAP: Double
    /// Validation average precision, triage task (PC and EB against J).
    public var validationTriageAP: Double
    /// Wall-clock time of the epoch including validation, seconds.
    public var seconds: Double
    /// Whether this epoch is the best so far (its weights are kept unless
    /// ``TrainingConfiguration/keepsBestEpoch`` is false).
    public var isBest: Bool

    /// The early-stopping score: the mean of the two average precisions, or the triage AP alone when
    /// the validation set has no planet candidates (the vetting AP alone for the two-class seed model).
    public var score: Double
}
