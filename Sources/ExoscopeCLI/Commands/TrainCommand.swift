import ArgumentParser
import Exoscope
import Foundation

/// `exoscope train`: trains a vetting classifier on labelled TFRecord files.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a vetting classifier (astronet or seed) on labelled TFRecord files.",
        discussion: """
            Prints one line per epoch (loss, validation average precision for the vetting and triage \
            tasks, time) and keeps the weights of the epoch with the best validation score. \
            Deterministic for a given --seed.
            """)

    @Option(name: .customLong("train"), parsing: .upToNextOption, help: "Training TFRecord files.")
    var trainFiles: [String]

    @Option(name: .customLong("val"), parsing: .upToNextOption, help: "Validation TFRecord files (early stopping).")
    var validationFiles: [String]

    @Option(help: "Architecture: astronet or seed.")
    var model: VettingModelKind = .astronet

    @Option(help: "Maximum epochs (default: 30 for astronet, 10 for seed).")
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

    @Option(help: "Add N simulated TESS examples (ExoSim; one third each PC, EB, J) to the training set.")
    var synthetic: Int = 0

    @Option(name: .shortAndLong, help: "Output model file.")
    var output: String

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if let labelSmoothing, !(0..<1).contains(labelSmoothing) {
            throw ValidationError("--label-smoothing must be at least 0 and below 1, got \(labelSmoothing)")
        }
    }

    func run() throws {
        try runReportingErrors {
            threading.apply()
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
            // Create the output's folder now, not after minutes of training.
            let outputURL = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: outputURL.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            var training = try VettingDataset.load(trainFiles.map { URL(fileURLWithPath: $0) })
            if synthetic > 0 {
                let simulated = try Self.syntheticRecords(count: synthetic, seed: seed)
                print("added \(simulated.count) simulated examples")
                training += simulated
            }
            let validation = try VettingDataset.load(validationFiles.map { URL(fileURLWithPath: $0) })
            print("training \(model.rawValue) on \(training.count) records, validating on \(validation.count)")
            fflush(stdout)
            let trained = try Trainer(configuration: configuration)
                .train(training: training, validation: validation, ensembleSize: ensemble) { report in
                    print(String(format: "member %d epoch %2d  loss %.4f  val AP vetting %.4f triage %.4f  %.1f s%@",
                                 report.member, report.epoch, report.loss, report.validationVettingAP,
                                 report.validationTriageAP, report.seconds, report.isBest ? "  *" : ""))
                    fflush(stdout)
                }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let settings = String(decoding: try encoder.encode(configuration), as: UTF8.self)
            try trained.save(to: outputURL, metadata: ["training": settings])
            print("wrote \(output)")
        }
    }
}
