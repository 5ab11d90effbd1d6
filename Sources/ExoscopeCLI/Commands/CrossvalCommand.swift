import ArgumentParser
import Exoscope
import Foundation

/// `exoscope crossval`: k-fold cross-validation by star of a training recipe.
struct CrossvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crossval",
        abstract: "Cross-validate a training recipe: k folds split by star (tic_id), fixed epochs.",
        discussion: """
            Each fold's networks train on the other folds for exactly --epochs epochs (no early \
            stopping) and are scored on the held-out fold after every epoch. Prints the vetting and \
            triage average precision of each fold's ensemble after the last epoch, their mean and \
            standard deviation over folds, the mean after every epoch count and the best epoch count \
            (to train the shipped model on all records with `exoscope train` without --val).
            """)

    @Option(name: .customLong("data"), parsing: .upToNextOption, help: "Labelled TFRecord files (e.g. train and val).")
    var dataFiles: [String]

    @Option(help: "Number of folds.")
    var folds: Int = 5

    @Option(help: "Seed of the assignment of stars to folds.")
    var foldSeed: UInt64 = 1

    @OptionGroup var recipe: TrainingOptions

    @OptionGroup var threading: ThreadOptions

    @Option(help: "Write the per-fold, per-epoch results as JSON to this file.")
    var json: String?

    func validate() throws {
        if folds < 2 { throw ValidationError("--folds must be at least 2, got \(folds)") }
        if recipe.patience != nil { throw ValidationError("--patience does not apply: crossval trains a fixed number of epochs") }
    }

    func run() throws {
        threading.apply()
        var configuration = recipe.configuration
        if recipe.epochs == nil { configuration.epochs = 20 }
        let records = try VettingDataset.read(contentsOf: dataFiles.map { URL(fileURLWithPath: $0) })
        let cv = CrossValidation(folds: folds, seed: foldSeed, configuration: configuration)
        print("cross-validating \(recipe.model.rawValue) on \(records.count) records: \(folds) folds by star (fold seed \(foldSeed)), "
              + "\(configuration.epochs) epochs, ensemble of \(recipe.ensemble) (seeds \(recipe.seed)...)")
        fflush(stdout)
        let result = try cv.run(records: records, ensembleSize: recipe.ensemble) { fold, report in
            print(String(format: "fold %d member %d epoch %2d  loss %.4f  held-out AP vetting %.4f triage %.4f  %.1f s",
                         fold, report.member, report.epoch, report.loss, report.validationVettingAP,
                         report.validationTriageAP, report.seconds))
            fflush(stdout)
        }
        print(Self.table(result))
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(result).write(to: URL(fileURLWithPath: json))
            print("wrote \(json)")
        }
    }

    /// The per-fold table, mean ± standard deviation and the mean by epoch count, as Markdown.
    static func table(_ result: CrossValidation.Result) -> String {
        var lines = ["| fold | train | held out (PC / EB) | vetting AP | triage AP |", "|---|---|---|---|---|"]
        for f in result.folds {
            lines.append(String(format: "| %d | %d | %d (%d / %d) | %.4f | %.4f |", f.index, f.trainCount, f.testCount,
                                f.testPC, f.testEB, f.final.vettingAP, f.final.triageAP))
        }
        let vetting = result.folds.map(\.final.vettingAP), triage = result.folds.map(\.final.triageAP)
        lines.append(String(format: "| mean ± sd | | | %.4f ± %.4f | %.4f ± %.4f |",
                            CrossValidation.mean(vetting), CrossValidation.standardDeviation(vetting),
                            CrossValidation.mean(triage), CrossValidation.standardDeviation(triage)))
        lines.append("")
        lines.append("mean over folds by epoch count: "
                     + result.meanByEpoch.enumerated().map { String(format: "%d: %.4f/%.4f", $0 + 1, $1.vettingAP, $1.triageAP) }
                        .joined(separator: ", "))
        lines.append("best epoch count (mean of the two APs over folds): \(result.bestEpochCount)")
        return lines.joined(separator: "\n")
    }
}
