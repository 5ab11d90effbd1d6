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

    @Option(name: .customLong("val"), parsing: .upToNextOption,
            help: "Validation TFRecord files (early stopping). Without them every network trains exactly --epochs epochs and keeps the last.")
    var validationFiles: [String] = []

    @OptionGroup var recipe: TrainingOptions

    @Option(help: "Add N simulated TESS examples (ExoSim; one third each PC, EB, J) to the training set.")
    var synthetic: Int = 0

    @Option(name: .shortAndLong, help: "Output model file.")
    var output: String

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if validationFiles.isEmpty && recipe.patience != nil {
            throw ValidationError("--patience needs --val: without validation files there is no early stopping")
        }
        if synthetic < 0 { throw ValidationError("--synthetic must be at least 0, got \(synthetic)") }
    }

    func run() throws {
        threading.apply()
        var configuration = recipe.configuration
        if validationFiles.isEmpty { configuration.keepsBestEpoch = false }
        // Create the output's folder now, not after minutes of training.
        let outputURL = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: outputURL.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        var training = try VettingDataset.read(contentsOf: trainFiles.map { URL(fileURLWithPath: $0) })
        if synthetic > 0 {
            let simulated = try SyntheticRecords.training(count: synthetic, seed: recipe.seed)
            print("added \(simulated.count) simulated examples")
            training += simulated
        }
        let validation = try VettingDataset.read(contentsOf: validationFiles.map { URL(fileURLWithPath: $0) })
        print("training \(recipe.model.rawValue) on \(training.count) records, validating on \(validation.count)")
        fflush(stdout)
        let trained = try Trainer(configuration: configuration)
            .train(training: training, validation: validation, ensembleSize: recipe.ensemble) { report in
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
