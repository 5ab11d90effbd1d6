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
    var catalog: String

    @Option(help: "Folder with the stars' FITS light curves or pixel files.")
    var lightcurves: String

    @Option(help: "View sizes: tess (201/61/61) or kepler (2001/201/201).")
    var views: Views = .tess

    @Option(name: .shortAndLong, help: "Output TFRecord file.")
    var output: String

    @Flag(help: "Print a warning line for every skipped catalogue entry (default: their count and the first).")
    var verbose = false

    func run() throws {
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
}
