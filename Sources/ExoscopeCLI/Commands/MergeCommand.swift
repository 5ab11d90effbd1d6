import ArgumentParser
import Exoscope
import Foundation

/// `exoscope merge`: joins the output folders of batch shards into one.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the output folders of batch shards (or reruns) into one folder.",
        discussion: """
        Keeps one result per star (a success over a failure), sorted by star, so merging the shards of a run \
        gives the same files as running it unsharded.
        """
    )

    @Argument(help: "Batch output folders.")
    var directories: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    func run() throws {
        let counts = try BatchMerger.merge(directories.map { URL(fileURLWithPath: $0) },
                                           into: URL(fileURLWithPath: output))
        print("merged \(directories.count) folders: \(counts.stars) stars, \(counts.signals) signals, \(counts.failed) failed -> \(output)")
    }
}
