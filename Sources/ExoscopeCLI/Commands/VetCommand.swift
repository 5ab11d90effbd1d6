import ArgumentParser
import Exoscope
import Foundation

/// `exoscope vet`: finds the signals of each star and judges them.
struct VetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vet",
        abstract: "Search light curves for transits and give each signal a verdict with its reasons.",
        discussion: """
        Files of the same star are stitched; different stars are vetted separately. Each signal gets \
        planet-candidate, eclipsing-binary or not-transit-like from the classifier's probabilities and the \
        diagnostics (secondary eclipse, odd/even depths, V shape, duration). --report DIR writes one HTML page \
        per star (plots inline, no network needed) and an index.html. The exit status is 1 when any star \
        failed; the output still has every star, the failed ones with their error.
        """)

    @Argument(help: "FITS (optionally .gz) or text light curves and target pixel files, of one or many stars.")
    var files: [String]

    @OptionGroup var reading: LightCurveOptions
    @OptionGroup var vetting: VettingOptions

    @Flag(help: "Print JSON (one object per star) instead of a table.")
    var json = false

    @Option(help: "Write HTML report pages into this folder.")
    var report: String?

    func run() throws {
        vetting.search.threading.apply()
        let configuration = vetting.configuration(reading: reading, keepsReportData: report != nil)
        let pipeline = try VettingPipeline(configuration: configuration)
        let bar = files.count > 1 ? BatchProgressBar() : nil
        let start = Date()
        let results = try pipeline.vet(files: files.map { URL(fileURLWithPath: $0) }) { done, total in
            bar?.update(BatchProgress(total: total, completed: done, failed: 0, resumed: 0,
                                      elapsed: Date().timeIntervalSince(start)))
        }
        if json {
            print(try VettingOutput.json(results))
        } else {
            print(VettingOutput.table(results), terminator: "")
        }
        if let report {
            let pages = try ReportWriter.write(results.compactMap(\.report), to: URL(fileURLWithPath: report))
            StandardError.write("report: \(pages.count) page(s) in \(report)/index.html")
        }
        let failed = results.filter { $0.error != nil }.count
        if failed > 0 {
            StandardError.write("error: \(failed) of \(results.count) star\(results.count == 1 ? "" : "s") failed (listed with their error above)")
            throw ExitCode.failure
        }
    }
}
