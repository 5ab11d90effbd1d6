import ArgumentParser
import Exoscope

/// The training recipe options shared by `exoscope train` and `exoscope crossval`.
struct TrainingOptions: ParsableArguments {
    @Option(help: "Architecture: astronet or seed.")
    var model: VettingModelKind = .astronet

    @Option(help: "Maximum epochs (default: 30 for astronet, 10 for seed); the fixed epoch count without --val and in crossval.")
    var epochs: Int?

    @Option(help: "Random seed (weights, shuffling, augmentation).")
    var seed: UInt64 = 1

    @Option(help: "Number of networks with seeds seed, seed+1, ... averaged.")
    var ensemble: Int = 1

    @Option(help: "Examples per step.")
    var batchSize: Int?

    @Option(help: "Adam learning rate.")
    var learningRate: Float?

    @Option(help: "Early-stopping patience, epochs.")
    var patience: Int?

    @Option(help: "Fraction of junk (J) examples drawn per epoch.")
    var junkFraction: Double?

    @Option(help: "Class weights (N / (classes n_class))^power; 0 weights the classes equally.")
    var classWeightPower: Double?

    @Option(help: "Label smoothing of the loss (0 = one-hot targets).")
    var labelSmoothing: Double?

    @Option(help: "Probability that a planet candidate's secondary view is replaced by a clean occultation dip (augmentation).")
    var occultationProbability: Double?

    @Option(help: "Decay per step of an exponential moving average of the weights, which every epoch is scored and kept with (default: 0.999 for astronet, 0 for seed; 0 = none).")
    var weightAveraging: Double?

    @Flag(help: "Lower the learning rate along a cosine to 1% of it over the epochs.")
    var cosineLearningRate = false

    func validate() throws {
        if let weightAveraging, !(0..<1).contains(weightAveraging) {
            throw ValidationError("--weight-averaging must be at least 0 and below 1, got \(weightAveraging)")
        }
        if let labelSmoothing, !(0..<1).contains(labelSmoothing) {
            throw ValidationError("--label-smoothing must be at least 0 and below 1, got \(labelSmoothing)")
        }
        if ensemble < 1 { throw ValidationError("--ensemble must be at least 1, got \(ensemble)") }
    }

    /// The configuration these options describe (defaults for the model kind otherwise).
    var configuration: TrainingConfiguration {
        var configuration = TrainingConfiguration(kind: model)
        configuration.seed = seed
        if let epochs { configuration.epochs = epochs }
        if let batchSize { configuration.batchSize = batchSize }
        if let learningRate { configuration.learningRate = learningRate }
        if let patience { configuration.patience = patience }
        if let junkFraction { configuration.junkFraction = junkFraction }
        if let occultationProbability { configuration.occultationProbability = occultationProbability }
        if let classWeightPower { configuration.classWeightPower = classWeightPower }
        if let labelSmoothing { configuration.labelSmoothing = labelSmoothing }
        if let weightAveraging { configuration.weightAveraging = weightAveraging }
        configuration.cosineLearningRate = cosineLearningRate
        return configuration
    }
}
