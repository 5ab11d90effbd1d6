import Exoscope
import Foundation

/// What a batch reads: its CSV manifest, its journal and its description.
enum BatchTargets {
    static func manifest(_ data: Data) {
        let url = Scratch.write(data, as: "manifest.csv")
        _ = try? BatchManifest.read(contentsOf: url)
    }

    static func journal(_ data: Data) {
        let url = Scratch.write(data, as: "journal.jsonl")
        if let entries = try? BatchJournal.read(contentsOf: url) { _ = BatchJournal.summarize(entries) }
        _ = Scratch.write(data, as: BatchDescription.fileName)
        _ = try? BatchDescription.read(contentsOf: Scratch.folder)
    }
}
