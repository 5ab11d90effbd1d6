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
        for group in groupByStar(files) {
            do {
                let lightCurve = try reading.lightCurve(group)
                let result = try TransitSearch(configuration: search.configuration).run(on: lightCurve)
                let target = lightCurve.metadata.targetID.isEmpty ? group[0] : lightCurve.metadata.targetID
                reports.append(SearchReport(target: target, mission: lightCurve.metadata.mission.rawValue,
                                            timeReference: TimeReference(lightCurve.metadata), files: lightCurve.metadata.sources,
                                            setAside: lightCurve.metadata.setAside, signals: result.signals,
                                            singleTransits: result.singleTransits))
            } catch {
                StandardError.error(error)
                reports.append(SearchReport(failed: group, error: CommandFailure.message(for: error)))
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

    /// The files grouped by the star they observe, in the order first seen; a file that cannot be
    /// read is a group of its own, whose search then reports the error.
    func groupByStar(_ paths: [String]) -> [[String]] {
        var order: [String] = []
        var groups: [String: [String]] = [:]
        for path in paths {
            let target = (try? reading.reading(path).lightCurve.metadata.targetID) ?? ""
            let key = target.isEmpty ? path : target
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(path)
        }
        return order.compactMap { groups[$0] }
    }
}
