import ArgumentParser
import Exoscope
import Foundation

/// `exoscope lightcurve`: writes the light curve of one star as CSV.
struct LightcurveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lightcurve",
        abstract: "Write a light curve as CSV (time,flux,flux_err,quality).",
        discussion: """
        A commented header (# mission, target, segment, time_reference, flux_column, quality_mask, software) \
        comes first; reading the file back (search x.csv) restores the star, mission and times. \
        One row per kept cadence; time as in the file's TIME column (BJD minus the time reference), \
        flux as stored unless --normalize, full precision. Several files of one star are stitched: each \
        is divided by its median flux and the rows are sorted by time; a file covering the same stretch of time \
        as a preferred one is set aside, with a note on standard error.
        """)

    @Argument(help: "FITS (optionally .gz) or text light curves, target pixel files; several files of one star are stitched.")
    var files: [String]

    @OptionGroup var reading: LightCurveOptions

    @Flag(help: "Divide flux and error by the median flux.")
    var normalize = false

    @Option(name: .shortAndLong, help: "Output CSV file, or - for standard output (the default).")
    var output: String?

    func validate() throws {
        try output.map(OutputFile.init)?.requireExtension(["csv", "txt"], format: "CSV")
    }

    func run() throws {
        var (lc, fluxColumns) = try reading.lightCurveAndColumns(files)
        for entry in lc.metadata.setAside {
            StandardError.write("set aside: \(entry.file): \(entry.reason)")
        }
        if normalize && !lc.metadata.isNormalized { lc = lc.normalized() }
        let header = LightCurveTextHeader(lc, fluxColumn: fluxColumns.joined(separator: "+"), qualityMask: reading.quality,
                                          software: VettingPipeline.softwareVersion)
        try OutputFile(output ?? "-").write(Data(LightCurveCSV.text(lc, header: header).utf8))
    }
}
