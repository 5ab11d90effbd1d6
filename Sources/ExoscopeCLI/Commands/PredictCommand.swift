import ArgumentParser
import Exoscope
import Foundation

/// `exoscope predict`: class probabilities for every record of TFRecord files.
struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Write class probabilities for every record as CSV: row_id,tic_id,label,p_pc,p_eb,p_j.")

    @Option(parsing: .upToNextOption, help: "TFRecord files (labels optional).")
    var data: [String]

    @OptionGroup var classifier: ClassifierModelOptions
    @OptionGroup var threading: ThreadOptions

    @Option(name: .shortAndLong, help: "Output CSV file, or - for standard output.")
    var output: String

    func validate() throws {
        try OutputFile(output).requireExtension(["csv", "txt"], format: "CSV")
    }

    func run() throws {
        threading.apply()
        let model = try classifier.load()
        let records = try VettingDataset.read(contentsOf: data.map { URL(fileURLWithPath: $0) }, requireLabel: false)
        let predictions = try model.predict(records)
        var csv = "row_id,tic_id,label,p_pc,p_eb,p_j\n"
        for (record, p) in zip(records, predictions) {
            csv += "\(record.rowID),\(record.ticID),\(record.label?.rawValue ?? ""),"
            csv += String(format: "%.6f,%.6f,%.6f\n", p.pc, p.eb, p.j)
        }
        let destination = OutputFile(output)
        try destination.write(Data(csv.utf8))
        destination.note("wrote \(records.count) predictions to \(output)")
    }
}
