import Foundation

/// Joins the output folders of several shards (or runs) into one.
///
/// Reads each folder's journal, keeps one finished entry per star (a successful one when any folder has
/// it, else the first failure, folders taken in the order given), and writes the usual outputs plus a
/// merged `journal.jsonl` and `batch.json`, so the result can be merged again. The output equals what a
/// single run over all the stars writes.
public enum BatchMerger {
    /// Merges `directories` into `output`; returns the number of stars, signals and failures.
    @discardableResult
    public static func merge(_ directories: [URL], into output: URL) throws -> (stars: Int, signals: Int, failed: Int) {
        guard !directories.isEmpty else { throw BatchError.output(path: output.path, reason: "nothing to merge") }
        var description: BatchDescription?
        var chosen: [String: JournalEntry] = [:]
        for directory in directories {
            guard let here = try BatchDescription.read(contentsOf: directory) else {
                throw BatchError.incompatibleOutputs(path: directory.path, reason: "no \(BatchDescription.fileName): not a batch output folder")
            }
            if let description, description != here {
                throw BatchError.incompatibleOutputs(
                    path: directory.path,
                    reason: "its results ('\(here.processor)') have other columns than the first folder's ('\(description.processor)')")
            }
            description = here
            let finished = BatchJournal.summarize(try BatchJournal.read(contentsOf: directory.appendingPathComponent(BatchRunner.journalName))).finished
            for star in finished.keys.sorted() {
                guard let entry = finished[star] else { continue }
                if let existing = chosen[star], existing.status == .ok || entry.status != .ok { continue }
                chosen[star] = entry
            }
        }
        guard let description else { throw BatchError.output(path: output.path, reason: "nothing to merge") }
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw BatchError.output(path: output.path, reason: error.localizedDescription)
        }
        let entries = chosen.values.sorted { $0.star < $1.star }
        try BatchOutputWriter.write(entries, columns: description.columns, to: output)
        try description.write(to: output)
        let journalURL = output.appendingPathComponent(BatchRunner.journalName)
        try? FileManager.default.removeItem(at: journalURL)
        let journal = try BatchJournal(url: journalURL)
        for entry in entries { try journal.append(entry) }
        return (entries.count, entries.reduce(0) { $0 + $1.rows.count }, entries.filter { $0.status == .failed }.count)
    }
}
