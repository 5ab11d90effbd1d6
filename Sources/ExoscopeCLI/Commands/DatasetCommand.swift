import ArgumentParser
import Exoscope
import Foundation

/// `exoscope dataset`: labelled view records from a TCE table and the stars' FITS files.
struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Build labelled TFRecord view records from a TCE catalogue and light-curve files.",
        discussion: """
            Reads DR24 columns (kepid, tce_plnt_num, tce_period, tce_time0bk, tce_duration in hours, \
            av_training_set) or the TESS set's (tic_id, Period, Epoc, Duration in days, Disposition). \
            A star's files are the FITS files under --lightcurves whose name contains its KIC/TIC number. \
            Stars whose files are missing or broken are skipped and counted on standard error (--verbose \
            lists each); the exit status is 1 only when no record could be made.
            """)

    /// The view conventions.
    enum Views: String, ExpressibleByArgument, CaseIterable {
        case tess, kepler
    }

    @Option(help: "TCE catalogue (CSV).")
    var catalog: String?

    @Option(help: "Folder with the stars' FITS light curves or pixel files.")
    var lightcurves: String?

    @Option(help: """
        Instead of a catalogue: simulate N stars of each kind (planet, five kinds of binary, variable, \
        quiet) per mission scenario (Kepler LC over 1-4 quarters, K2, TESS 2-min, TESS FFI), search \
        each as vet does and write every signal found with vet's own views and features, labelled from \
        the truth (docs/classifier.md).
        """)
    var simulatedPerKind: Int?

    @Option(help: "With --simulated-per-kind: the first star's seed (the default lies far from BenchMissions' test seeds).")
    var seed: UInt64 = MissionRecords.defaultSeed

    @Option(help: "With --simulated-per-kind: scenarios by name prefix, comma-separated (kepler, k2, tess 2, tess f; default all).")
    var missions: String?

    @Option(help: "With --simulated-per-kind: kinds of star, comma-separated (planet, eb-detached, eb-grazing, eb-eccentric, eb-diluted, eb-equal, variable, quiet, instrumental; default all).")
    var kinds: String?

    @Option(help: "View sizes: tess (201/61/61) or kepler (2001/201/201).")
    var views: Views = .tess

    @Option(name: .shortAndLong, help: "Output TFRecord file.")
    var output: String

    @Flag(help: "Print a warning line for every skipped catalogue entry (default: their count and the first).")
    var verbose = false

    func validate() throws {
        if let simulatedPerKind {
            guard simulatedPerKind >= 1 else { throw ValidationError("--simulated-per-kind must be at least 1, got \(simulatedPerKind)") }
            guard catalog == nil, lightcurves == nil else {
                throw ValidationError("--simulated-per-kind makes records from simulated stars: give it without --catalog and --lightcurves")
            }
            guard views == .tess else { throw ValidationError("--simulated-per-kind makes vet's views, the TESS set's sizes: leave out --views") }
        } else if catalog == nil || lightcurves == nil {
            throw ValidationError("give --catalog and --lightcurves, or --simulated-per-kind")
        }
        if (missions != nil || kinds != nil) && simulatedPerKind == nil {
            throw ValidationError("--missions and --kinds need --simulated-per-kind")
        }
        try OutputFile(output).requireExtension(["tfrecord"], format: "TFRecord")
    }

    func run() throws {
        if let simulatedPerKind { return try writeSimulated(perKind: simulatedPerKind) }
        guard let catalog, let lightcurves else { return }
        let entries = try TCECatalog.read(contentsOf: URL(fileURLWithPath: catalog))
        let builder = DatasetBuilder(views: views == .tess ? .tess : .kepler)
        let result = builder.build(entries: entries, lightCurveDirectory: URL(fileURLWithPath: lightcurves))
        let warnings = WarningLog(verbose: verbose)
        for (entry, reason) in result.skipped {
            warnings.warn("skipped star \(entry.starID) (row \(entry.rowID)): \(reason)")
        }
        warnings.summarise("catalogue entries skipped")
        guard !result.records.isEmpty else {
            throw CLIError.cannotMake("\(catalog): no record could be made from \(entries.count) catalogue entries")
        }
        try VettingDataset.write(result.records, to: URL(fileURLWithPath: output))
        print("wrote \(result.records.count) records to \(output) (\(result.skipped.count) skipped)")
    }

    private func writeSimulated(perKind: Int) throws {
        var set = MissionRecords(perKind: perKind, seed: seed)
        if let missions {
            set.scenarios = MissionScenario.named(missions)
            guard !set.scenarios.isEmpty else {
                throw ValidationError("--missions \(missions): no scenario matches (kepler, k2, tess 2, tess f)")
            }
        }
        if let kinds {
            let named = MissionScenario.Kind.named(kinds)
            if let unknown = named.unknown.first {
                throw ValidationError("--kinds: unknown kind \(unknown) (\(MissionScenario.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            set.kinds = named.kinds
        }
        var configuration = VettingConfiguration()
        configuration.search.threads = 1
        let made = try set.records(pipeline: try VettingPipeline(configuration: configuration)) { done, total in
            if done % 10 == 0 || done == total { StandardError.write("simulated \(done) of \(total) stars") }
        }
        for (seed, error) in made.failed {
            StandardError.write("warning: simulated star seed \(seed) could not be searched: \(error)")
        }
        let records = made.records
        guard !records.isEmpty else {
            throw CLIError.cannotMake("\(output): no record written: the search found no signal in \(set.perKind) simulated star(s) per kind")
        }
        try VettingDataset.write(records, to: URL(fileURLWithPath: output))
        let counts = ["PC", "EB", "J"].map { label in "\(records.filter { $0.label?.rawValue == label }.count) \(label)" }
        print("wrote \(records.count) records to \(output) (\(counts.joined(separator: ", ")); \(made.failed.count) star(s) not searchable)")
    }
}
