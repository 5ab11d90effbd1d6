import ArgumentParser
import Exoscope
import Foundation

/// `exoscope search`: the multi-planet box least-squares search with its diagnostics.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search light curves for periodic transits (several planets per star) and check each signal.",
        discussion: """
        Cleans (upward outliers), detrends, then runs box least squares passes, masking each signal's transits \
        before the next, until the SDE falls below the threshold. Files of the same star are stitched, one \
        product per stretch of time (the others are listed as set aside, with the reason); files of different stars are searched separately. Each signal gets odd/even, secondary-eclipse, shape, \
        depth-consistency, duration and single-event diagnostics, and flags for those that fail. A star whose \
        files cannot be read or searched is listed with its error; the others are still searched, and the exit \
        status is then 1.
        """
    )

    @Argument(help: "Light-curve files (FITS, gzip FITS, CSV or text).")
    var files: [String]

    @Flag(help: "Print JSON: one object per star with target, mission, time_reference, files, signals and single_transits (docs/output.md).")
    var json = false

    @OptionGroup var reading: LightCurveOptions

    @OptionGroup var search: SearchOptions

    func run() throws {
        search.threading.apply()
        var reports: [SearchReport] = []
        for star in StarFiles.grouping(files.map { URL(fileURLWithPath: $0) }, read: { try reading.reading($0.path).lightCurve }) {
            let paths = star.urls.map(\.path)
            do {
                let lightCurve = try star.lightCurve()
                let result = try TransitSearch(configuration: search.configuration).run(on: lightCurve)
                let target = lightCurve.metadata.targetID.isEmpty ? paths[0] : lightCurve.metadata.targetID
                reports.append(SearchReport(target: target, mission: lightCurve.metadata.mission.rawValue,
                                            timeReference: TimeReference(lightCurve.metadata), files: lightCurve.metadata.sources,
                                            setAside: lightCurve.metadata.setAside, signals: result.signals,
                                            singleTransits: result.singleTransits))
            } catch {
                StandardError.error(error)
                reports.append(SearchReport(failed: paths, error: CommandFailure.message(for: error)))
            }
        }
        if json {
            print(try JSONOutput.text(reports))
        } else {
            print(reports.map(\.table).joined(separator: "\n\n"))
        }
        let failed = reports.filter { $0.error != nil }.count
        if failed > 0 {
            StandardError.write("error: \(failed) of \(reports.count) star\(reports.count == 1 ? "" : "s") failed (each listed with its error)")
            throw ExitCode.failure
        }
    }
}
