import ExoBasics
import Foundation

/// Writes a batch's result files from its finished journal entries.
///
/// - `signals.csv`, `signals.jsonl`: one row per signal, `star` first then the processor's columns.
/// - `failures.csv`, `failures.jsonl`: one row per failed star (`star`, `files`, `error`).
///
/// Stars are sorted by id and rows keep the processor's order, so the same entries always give the same
/// bytes. Each file is written to a temporary file and renamed into place.
public enum BatchOutputWriter {
    /// The file names.
    public static let signalsCSV = "signals.csv"
    public static let signalsJSONL = "signals.jsonl"
    public static let failuresCSV = "failures.csv"
    public static let failuresJSONL = "failures.jsonl"

    /// Writes the four files into `directory`.
    public static func write(_ entries: [JournalEntry], columns: [String], to directory: URL) throws {
        let sorted = entries.filter(\.isFinished).sorted { $0.star < $1.star }
        let allColumns = ["star"] + columns
        var csv = TextTable.csvLine(allColumns) + "\n"
        var jsonl = ""
        var failureCSV = TextTable.csvLine(["star", "files", "error"]) + "\n"
        var failureJSONL = ""
        for entry in sorted {
            switch entry.status {
            case .ok:
                for row in entry.rows {
                    var full = row
                    full["star"] = .string(entry.star)
                    let values = allColumns.map { full[$0] ?? .null }
                    csv += TextTable.csvLine(values.map(\.csvText)) + "\n"
                    jsonl += "{" + zip(allColumns, values).map { BatchValue.jsonString($0) + ":" + $1.jsonText }
                        .joined(separator: ",") + "}\n"
                }
            case .failed:
                let files = entry.files.joined(separator: ";")
                let error = entry.error ?? "unknown error"
                failureCSV += TextTable.csvLine([entry.star, files, error]) + "\n"
                failureJSONL += "{\"star\":\(BatchValue.jsonString(entry.star)),\"files\":[" +
                    entry.files.map(BatchValue.jsonString).joined(separator: ",") +
                    "],\"error\":\(BatchValue.jsonString(error))}\n"
            case .started:
                break
            }
        }
        try atomicWrite(csv, to: directory.appendingPathComponent(signalsCSV))
        try atomicWrite(jsonl, to: directory.appendingPathComponent(signalsJSONL))
        try atomicWrite(failureCSV, to: directory.appendingPathComponent(failuresCSV))
        try atomicWrite(failureJSONL, to: directory.appendingPathComponent(failuresJSONL))
    }

    static func atomicWrite(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw BatchError.output(path: url.path, reason: error.localizedDescription)
        }
    }
}
