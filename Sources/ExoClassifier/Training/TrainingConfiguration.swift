/// How a classifier is trained. Every random choice derives from ``seed``.
public struct TrainingConfiguration: Codable, Equatable, Sendable {
    /// The architecture to train.
    public var kind: VettingModelKind = .astronet
    /// Maximum number of passes over the training set.
    public var epochs: Int = 30
    /// Examples per gradient step.
    public var batchSize: Int = 64
    /// Adam step size.
    public var learningRate: Float = 1e-3
    /// Seed of the initial weights, the shuffling, dropout and augmentation (ensemble member i
    /// uses `seed + i`).
    public var seed: UInt64 = 1
    /// Stop after this many epochs without a better validation score.
    public var patience: Int = 6
    /// Mirror each training example in time with probability 1/2.
    public var timeReversal: Bool = true
    /// Standard deviation of Gaussian noise added to the training views (0 = none).
    public var noiseSigma: Double = 0.03
    /// Probability that a planet-candidate example's secondary view is replaced by a planet's own
    /// occultation as precise photometry records it (``ModelExample/replaceSecondaryWithOccultation``):
    /// in the TESS set a planet's occultation is buried in the noise, so without this the network
    /// learns that any clean secondary dip means a binary (HAT-P-7 b in Kepler data). 0 = never.
    public var occultationProbability: Double = 0.3
    /// Weight the loss of each class by (N / (classes · n_class))^classWeightPower (0 = equal weights).
    public var classWeightPower: Double = 0.5
    /// Label smoothing ε of the loss: each target keeps 1 − ε on its label and spreads ε over all
    /// classes, so that a mislabelled example pulls less hard (0 = one-hot targets).
    public var labelSmoothing: Double = 0
    /// Fraction of the junk (J) examples drawn afresh each epoch (1 = all); PC and EB are always
    /// all used. 0.5 halves the epoch time (J is 84% of the TESS set) at some cost in triage precision.
    public var junkFraction: Double = 1
    /// Keep the weights of the epoch with the best validation score (false: those of the last epoch).
    public var keepsBestEpoch: Bool = true
    /// Gradient-norm clipping threshold.
    public var maxGradientNorm: Float = 5
    /// Decay of an exponential moving average of the weights, per step (0 = none). With it every epoch is
    /// scored, kept and returned with the averaged weights (Polyak averaging; the early steps use the
    /// smaller decay (1 + t)/(10 + t), so the average does not hold on to the initial weights). 0.999
    /// (about five epochs of the TESS set) raised the 5-fold cross-validated vetting AP from 0.632 to
    /// 0.675 and the triage AP from 0.972 to 0.976 (docs/classifier.md).
    public var weightAveraging: Double = 0.999
    /// Lower the learning rate along a cosine from ``learningRate`` to 1% of it over ``epochs`` (false: constant).
    public var cosineLearningRate: Bool = false

    /// The defaults for `kind`; `seed` follows the hobby project (10 epochs, batch 32, no
    /// augmentation, no class weights, no early stopping: the last epoch's weights are kept).
    public init(kind: VettingModelKind = .astronet) {
        self.kind = kind
        if kind == .seed {
            epochs = 10
            batchSize = 32
            patience = Int.max
            timeReversal = false
            noiseSigma = 0
            classWeightPower = 0
            occultationProbability = 0
            keepsBestEpoch = false
            weightAveraging = 0
        }
    }
}
