import ArgumentParser
import ExoSearch
import Exoscope
import Foundation

/// `exoscope recovery`: measures the search's completeness by injection and recovery.
struct RecoveryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recovery",
        abstract: "Inject planets over a grid of period and SNR into light curves, search, and print the recovered fraction.",
        discussion: """
        Each file is one light curve (normalised, known signals removed with --mask). For every \
        (period, SNR) bin, --trials planets are injected (limb-darkened transits, circular orbits, \
        solar density, impact parameter 0-0.7); the SNR is the matched-filter value on the light \
        curve's own cadences and noise. The default search runs on each; a planet is recovered when \
        its first signal has the period within 1% and the epoch within half a duration.
        """)

    @Argument(help: "Light curves to inject into (FITS or text), each used separately.")
    var files: [String]

    @Option(help: "Injections per (period, SNR) bin and file.")
    var trials: Int = 10

    @Option(help: "Seed of the injections.")
    var seed: UInt64 = 1

    @Option(help: "Period bin edges in days, comma separated (default: 4 log bins from 1 d to a third of the span).")
    var periods: String?

    @Option(help: "SNR bin edges, comma separated.")
    var snr: String = "5,7,9,12,15,20,30"

    @Option(name: .customLong("mask"), help: "A known signal to remove first: PERIOD,EPOCH,DURATION in days (repeatable).")
    var masks: [String] = []

    @Flag(help: "Print the trials and the table as JSON.")
    var json = false

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        if trials < 1 { throw ValidationError("--trials must be at least 1, got \(trials)") }
        _ = try masks.map(Self.parseMask)
        _ = try periods.map { try Self.parseList($0, name: "--periods") }
        _ = try Self.parseList(snr, name: "--snr")
    }

    func run() throws {
        let known = try masks.map(Self.parseMask)
        var lightCurves: [LightCurve] = []
        for file in files {
            let lc = try LightCurveReader.read(contentsOf: URL(fileURLWithPath: file)).removingNaNs()
            lightCurves.append(KnownSignalMask.masking(lc, signals: known))
        }
        let span = lightCurves.map { ($0.time.last ?? 0) - ($0.time.first ?? 0) }.min() ?? 0
        let periodEdges = try periods.map { try Self.parseList($0, name: "--periods") }
            ?? RecoveryConfiguration.periodEdges(forSpan: span)
        let configuration = RecoveryConfiguration(periodEdges: periodEdges, snrEdges: try Self.parseList(snr, name: "--snr"),
                                                  trialsPerBin: trials, seed: seed)
        var searchConfiguration = TransitSearchConfiguration()
        searchConfiguration.maxSignals = configuration.signalsChecked
        searchConfiguration.threads = threading.apply()
        let search = TransitSearch(configuration: searchConfiguration)
        let start = Date()
        let bar = BatchProgressBar(unit: "trials")
        let results = try InjectionRecovery(configuration: configuration).run(on: lightCurves, search: { lc in
            try search.run(on: lc).signals.map { CandidateEphemeris(period: $0.period, epoch: $0.epoch) }
        }, progress: { done, total in
            bar.update(BatchProgress(total: total, completed: done, failed: 0, resumed: 0, elapsed: Date().timeIntervalSince(start)))
        })
        let table = RecoveryTable(trials: results, configuration: configuration)
        if json {
            struct Output: Encodable { var table: RecoveryTable; var trials: [RecoveryTrial] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(Output(table: table, trials: results)), as: UTF8.self))
        } else {
            print(table.markdown())
            let high = table.fraction(snrAtLeast: 12)
            if high.injected > 0 {
                print(String(format: "SNR >= 12: %d/%d recovered (%.1f%%)", high.recovered, high.injected, 100 * high.fraction))
            }
            print(String(format: "%d trials in %.1f s", results.count, Date().timeIntervalSince(start)))
        }
    }

    static func parseList(_ text: String, name: String) throws -> [Double] {
        let values = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count >= 2, values.allSatisfy({ $0 != nil }) else {
            throw ValidationError("\(name) must be at least two comma-separated numbers, got '\(text)'")
        }
        let edges = values.compactMap { $0 }
        guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw ValidationError("\(name) must be increasing, got '\(text)'")
        }
        return edges
    }

    static func parseMask(_ text: String) throws -> SignalEphemeris {
        let values = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == 3, values[0] > 0, values[2] > 0 else {
            throw ValidationError("--mask must be PERIOD,EPOCH,DURATION in days, got '\(text)'")
        }
        return SignalEphemeris(period: values[0], epoch: values[1], duration: values[2], depth: 0)
    }
}
