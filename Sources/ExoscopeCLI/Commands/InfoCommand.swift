import ArgumentParser
import Exoscope
import Foundation

/// `exoscope info`: what is in light-curve files.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe light-curve files: mission, target, product, cadence, time span, cadences kept and dropped, HDUs and columns.",
        discussion: "Exits with status 1 if any file has no readable light curve (its error is printed as 'error: ...').")

    @Argument(help: "FITS (optionally .gz) or text light curves, target pixel files.")
    var files: [String]

    @OptionGroup var reading: LightCurveOptions

    @Flag(help: "Print a JSON array, one object per file.")
    var json = false

    func run() throws {
        let infos = files.map { FileInfo(path: $0, options: reading) }
        if json {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(infos)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(infos.map(\.text).joined(separator: "\n\n"))
        }
        let failures = infos.compactMap(\.error)
        for failure in failures {
            StandardError.write("error: \(failure)")
        }
        if !failures.isEmpty { throw ExitCode.failure }
    }
}
