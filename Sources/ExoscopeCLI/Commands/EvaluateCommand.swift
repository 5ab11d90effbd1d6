import ArgumentParser
import Exoscope
import Foundation

/// `exoscope evaluate`: metrics of a classifier on labelled TFRecord files.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Average precision, ROC AUC, accuracy, precision, recall and confusion matrix of a classifier.",
        discussion: "Vetting task: PC against the rest, scored by p(PC). Triage task: PC and EB against J, scored by p(PC)+p(EB).")

    @Option(parsing: .upToNextOption, help: "Labelled TFRecord files.")
    var data: [String]

    @OptionGroup var classifier: ClassifierModelOptions
    @OptionGroup var threading: ThreadOptions

    @Option(help: "Decision threshold for accuracy, precision, recall and the confusion matrix.")
    var threshold: Double = 0.5

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        threading.apply()
        let model = try classifier.load()
        let records = try VettingDataset.read(contentsOf: data.map { URL(fileURLWithPath: $0) })
        let predictions = try model.predict(records)
        let report = EvaluationReport(predictions: predictions, labels: records.compactMap(\.label), threshold: threshold)
        if json {
            print(try JSONOutput.text(report, snakeCaseKeys: true))
            return
        }
        print("\(records.count) records, model \(model.kind.rawValue) (\(model.memberCount) network(s))")
        for task in [report.vetting, report.triage] {
            let m = task.confusion
            print(String(format: "%@: AP %.4f  ROC AUC %.4f  accuracy %.4f  precision %.4f  recall %.4f  (threshold %.2f, %d positives)",
                         task.task.rawValue, task.averagePrecision, task.rocAUC, task.accuracy, task.precision,
                         task.recall, task.threshold, task.positives))
            print("  confusion: TP \(m.truePositives)  FP \(m.falsePositives)  TN \(m.trueNegatives)  FN \(m.falseNegatives)")
        }
        print(String(format: "3-class accuracy %.4f", report.threeClassAccuracy))
    }
}
