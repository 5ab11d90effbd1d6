import ArgumentParser
import ExoClassifier
import Exoscope
import Foundation

/// `exoscope simulate`: writes simulated light curves with their truth.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a light curve (planet, eclipsing binary, variable or quiet star) as a FITS file.",
        discussion: """
        The file is a Kepler/TESS-style light curve (TIME, PDCSAP_FLUX, errors, QUALITY) that Exoscope \
        and astropy read; the true parameters are in the primary header (SIM* cards). Parameters left \
        out are drawn from the seed. With --count N, -o names a directory that receives N files \
        (planets, binaries, variable and quiet stars in equal shares, seeds S, S+1, ...) and labels.csv.
        """)

    @Option(help: "What to simulate: planet, eb, variable, quiet or instrumental (a quiet star with spacecraft systematics).")
    var kind: StarKind = .planet

    @Option(help: "Mission: kepler (one quarter), k2 (one campaign) or tess (one sector).")
    var mission: MissionArgument = .tess

    @Option(help: "Seed of every random choice.")
    var seed: UInt64 = 1

    @Option(help: "Write a labelled set of N stars of all kinds into the directory given by -o.")
    var count: Int?

    @Option(help: "With --count: also write the stars' views (global 201, local 61, secondary 61) as a TFRecord in the TESS set's format.")
    var tfrecord: String?

    @OptionGroup var physics: SimulationOptions

    @Option(name: .shortAndLong, help: "Output FITS file (or directory with --count).")
    var output: String

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1, got \(count)") }
        if tfrecord != nil && count == nil { throw ValidationError("--tfrecord needs --count") }
        if kind == .planet && physics.depth != nil && physics.radiusRatio != nil {
            throw ValidationError("give --depth or --radius-ratio for a planet, not both (--depth sets the radius ratio)")
        }
        if count == nil { try OutputFile(output).requireExtension(["fits", "fit"], format: "FITS") }
    }

    func run() throws {
        if let count {
            try writeSet(count: count)
        } else {
            let star = try StarSimulator(kind: kind, mission: mission.mission, seed: seed, parameters: physics.parameters).simulate()
            try star.write(to: URL(fileURLWithPath: output))
            print(summary(star, file: output))
        }
    }

    private func summary(_ star: SimulatedStar, file: String) -> String {
        var text = "\(file): \(star.truth.kind.rawValue) (\(star.truth.label)), \(star.lightCurve.count) cadences"
        if let e = star.truth.ephemeris {
            text += String(format: ", period %.5f d, epoch %.5f, duration %.3f h, depth %.0f ppm",
                           e.period, e.epoch, e.duration * 24, e.depth * 1e6)
        }
        return text
    }

    private func writeSet(count: Int) throws {
        let directory = URL(fileURLWithPath: output, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SimulationError.cannotWrite(path: output, reason: (error as NSError).localizedDescription)
        }
        var rows = ["file,label,kind,seed,period,epoch,duration,depth"]
        var records: [VettingRecord] = []
        for index in 0..<count {
            let example = try SyntheticExamples.example(index: index, count: count, mission: mission.mission, seed: seed,
                                                        parameters: physics.parameters)
            let kind = example.truth.kind
            let starSeed = example.truth.seed
            let name = String(format: "sim-%05d-%@.fits", index, kind.rawValue)
            try example.star.write(to: directory.appendingPathComponent(name))
            if tfrecord != nil { records.append(try SyntheticRecords.record(for: example, rowID: Int64(index), starID: Int64(truncatingIfNeeded: starSeed))) }
            let e = example.truth.ephemeris
            rows.append([name, kind.label, kind.rawValue, String(starSeed),
                         e.map { String($0.period) } ?? "", e.map { String($0.epoch) } ?? "",
                         e.map { String($0.duration) } ?? "", e.map { String($0.depth) } ?? ""].joined(separator: ","))
        }
        let labels = directory.appendingPathComponent("labels.csv")
        do {
            try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: labels, options: .atomic)
        } catch {
            throw SimulationError.cannotWrite(path: labels.path, reason: (error as NSError).localizedDescription)
        }
        if let tfrecord {
            try VettingDataset.write(records, to: URL(fileURLWithPath: tfrecord))
            print("\(tfrecord): \(records.count) labelled view records")
        }
        print("\(output): \(count) simulated light curves and labels.csv")
    }
}
