import ArgumentParser
import Exoscope
import Foundation

/// `exoscope demo`: vets a simulated planet host and a simulated eclipsing binary, with no data needed.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Simulate a planet host and an eclipsing binary, vet both and write their report.",
        discussion: """
        Two TESS sectors are simulated (seeded, so every run gives the same stars), written as FITS light \
        curves into a new temporary folder (or --out), vetted like any other files, and the HTML report is \
        written beside them.
        """)

    @Option(help: "Seed of the simulations.")
    var seed: UInt64 = 2026

    @Option(help: "Folder for the simulated files and the report (default: a new temporary folder).")
    var out: String?

    @OptionGroup var classifier: ClassifierModelOptions

    @OptionGroup var threading: ThreadOptions

    func run() throws {
        let folder = try outputFolder()
        let stars = [
            ("a transiting hot Jupiter", StarSimulator(kind: .planet, mission: .tess, seed: seed, parameters: SimulationParameters(
                magnitude: 10, period: 3.7, epoch: 1327.1, depth: 0.006, impactParameter: 0.3,
                eccentricity: 0, stellarDensity: 1))),
            ("an eclipsing binary diluted by a brighter star", StarSimulator(kind: .eb, mission: .tess, seed: seed + 1, parameters: SimulationParameters(
                magnitude: 10, period: 2.45, epoch: 1326.4, radiusRatio: 0.5, impactParameter: 0.2,
                eccentricity: 0, stellarDensity: 1, primaryTemperature: 5800, secondaryTemperature: 4600,
                thirdLightFraction: 0.9))),
        ]
        var files: [URL] = []
        for (index, (description, simulator)) in stars.enumerated() {
            let star = try simulator.simulate()
            let url = folder.appendingPathComponent("demo-\(index + 1)-\(simulator.kind.rawValue).fits")
            try FITSWriter.write(star.lightCurve, to: url)
            files.append(url)
            if let truth = star.truth.ephemeris {
                print(String(format: "Simulated %@: period %.4f d, depth %.0f ppm, duration %.2f h -> %@",
                             description, truth.period, truth.depth * 1e6, truth.duration * 24, url.lastPathComponent))
            }
        }
        var configuration = VettingConfiguration()
        configuration.search.threads = threading.apply()
        configuration.model = classifier.choice
        configuration.keepsReportData = true
        let results = try VettingPipeline(configuration: configuration).vet(files: files)
        print("")
        print(VettingOutput.table(results), terminator: "")
        let reportFolder = folder.appendingPathComponent("report")
        try ReportWriter.write(results.compactMap(\.report), to: reportFolder)
        print("Report: \(reportFolder.appendingPathComponent("index.html").path)")
    }

    private func outputFolder() throws -> URL {
        let url = out.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("exoscope-demo-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CLIError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        return url
    }
}
