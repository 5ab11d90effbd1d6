import ArgumentParser
import Exoscope
import Foundation

/// `exoscope lightcurve`: writes the light curve of one star as CSV.
struct LightcurveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lightcurve",
        abstract: "Write a light curve as CSV (time,flux,flux_err,quality).",
        discussion: """
        One row per kept cadence; time as in the file's TIME column (BJD minus the mission's reference), \
        flux as stored unless --normalize, full precision. Several files of one star are stitched: each \
        is divided by its median flux and the rows are sorted by time; a file covering the same stretch of time \
        as a preferred one is set aside, with a note on standard error.
        """)

    @Argument(help: "FITS (optionally .gz) or text light curves, target pixel files; several files of one star are stitched.")
    var files: [String]

    @OptionGroup var reading: LightCurveOptions

    @Flag(help: "Divide flux and error by the median flux.")
    var normalize = false

    @Option(name: .shortAndLong, help: "Output CSV file (default: standard output).")
    var output: String?

    func run() throws {
        try reportingErrors {
            var lc = try reading.lightCurve(files)
            for entry in lc.metadata.setAside {
                FileHandle.standardError.write(Data("set aside: \(entry.file): \(entry.reason)\n".utf8))
            }
            if normalize && !lc.metadata.isNormalized { lc = lc.normalized() }
            let csv = LightCurveCSV.text(lc)
            if let output {
                do {
                    try Data(csv.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CLIError.cannotWrite(path: output, reason: (error as NSError).localizedDescription)
                }
            } else {
                FileHandle.standardOutput.write(Data(csv.utf8))
            }
        }
    }
}
