// Per-mission confusion tables of the whole vetting pipeline (clean, detrend, search, views, classifier,
// verdict rules) on simulated stars (MissionScenario: Kepler LC over 1-4 quarters, K2, TESS 2-min,
// TESS FFI). Seeded; the sets are never used for training (training sets use other seeds).
// Run: swift run -c release BenchMissions [--per-kind N] [--seed S] [--model PATH] [--quarters Q]
//        [--missions kepler,k2,tess 2,tess f] [--kinds planet,eb-equal,...] [--real-hosts] [--verbose]
//        [--save DIR]   (each simulated star's FITS file, with its truth in the header, to look at with vet)
// --real-hosts: the simulated planets' and binaries' signals are multiplied into real light curves of
// ../shared/data ($EXOSCOPE_DATA) with their own signals cut out (RealHost), one Kepler quarter each;
// the "quiet" row is each host alone; an injection with fewer than two transits in its host's data is left out.
// "lone PC": stars with at least one lone transit called a planet candidate (not in the other columns).
import ExoLightCurve
import ExoSim
import ExoVetting
import Foundation

setvbuf(stdout, nil, _IOLBF, 0)
var perKind = 10
var seed: UInt64 = 0x7E57_0000
var modelPath: String?
var maxQuarters = 4
var scenarios = MissionScenario.allCases
var verbose = false
var realHosts = false
var kinds = MissionScenario.Kind.allCases
var saveFolder: URL?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--per-kind": perKind = Int(arguments.next() ?? "") ?? perKind
    case "--seed": seed = UInt64(arguments.next() ?? "") ?? seed
    case "--model": modelPath = arguments.next()
    case "--verbose": verbose = true
    case "--real-hosts": realHosts = true
    case "--save": saveFolder = arguments.next().map { URL(fileURLWithPath: $0, isDirectory: true) }
    case "--kinds":
        let named = MissionScenario.Kind.named(arguments.next() ?? "")
        guard named.unknown.isEmpty else {
            FileHandle.standardError.write(Data("--kinds: unknown kind \(named.unknown[0])\n".utf8))
            exit(2)
        }
        kinds = named.kinds
    case "--quarters": maxQuarters = Int(arguments.next() ?? "") ?? maxQuarters
    case "--missions": scenarios = MissionScenario.named(arguments.next() ?? "")
    default:
        FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
        exit(2)
    }
}

if saveFolder != nil && realHosts {
    FileHandle.standardError.write(Data("--save writes simulated stars; with --real-hosts the light curves are real hosts' files (left out)\n".utf8))
    exit(2)
}
var configuration = VettingConfiguration()
configuration.search.threads = 1
if let modelPath { configuration.model = .file(path: modelPath) }
let pipeline = try VettingPipeline(configuration: configuration)

/// What the pipeline said about one star: the verdict of the signal that matters, or "none".
enum Outcome: String, CaseIterable { case pc = "planet-candidate", eb = "eclipsing-binary", ntl = "not-transit-like", none = "no signal" }

func outcome(of result: StarVetting, star: MissionScenario.Star) -> Outcome {
    func verdict(_ s: VettedSignal) -> Outcome {
        switch s.verdict {
        case .planetCandidate: .pc
        case .eclipsingBinary: .eb
        default: .ntl
        }
    }
    let signals = result.signals
    guard let truth = star.star.truth.ephemeris else {
        // Variables and quiet stars: any signal called a planet counts against the pipeline.
        if signals.contains(where: { $0.verdict == .planetCandidate }) { return .pc }
        return signals.first.map(verdict) ?? .none
    }
    let matching = signals.filter { s in
        [0.5, 1, 2].contains { abs(s.signal.period / (truth.period * $0) - 1) < 0.01 }
    }
    if star.kind.starKind == .eb, matching.contains(where: { $0.verdict == .planetCandidate }) { return .pc }
    return matching.first.map(verdict) ?? .none
}

/// A row of the table: outcomes, stars, and stars with at least one lone transit called a planet
/// candidate (not counted in the outcomes: a lone transit is not a periodic signal).
struct Row { var counts: [Outcome: Int] = [:]; var n = 0; var lonePlanetCandidates = 0 }
let started = Date()
print("BenchMissions: \(perKind) stars per kind and mission, seed \(seed), Kepler 1-\(maxQuarters) quarters, model \(modelPath ?? "bundled default")")
let data = URL(fileURLWithPath: ProcessInfo.processInfo.environment["EXOSCOPE_DATA"] ?? "../shared/data")
for scenario in scenarios {
    var rows: [String: Row] = [:]
    var order: [String] = []
    let hosts = realHosts ? try RealHost.hosts(for: scenario, data: data) : []
    if realHosts && hosts.isEmpty { continue }
    for (k, kind) in MissionScenario.Kind.allCases.enumerated() where kinds.contains(kind) {
        if realHosts && kind == .variable { continue }
        for i in 0..<(realHosts && kind == .quiet ? hosts.count : perKind) {
            let starSeed = seed &+ UInt64(k) << 20 &+ UInt64(i) &+ UInt64(MissionScenario.allCases.firstIndex(of: scenario) ?? 0) << 28
            var star = try scenario.star(kind, seed: starSeed, maxKeplerQuarters: realHosts ? 1 : maxQuarters)
            var lc = star.observedLightCurve
            if let saveFolder {
                try FileManager.default.createDirectory(at: saveFolder, withIntermediateDirectories: true)
                try star.star.write(to: saveFolder.appendingPathComponent("\(kind.rawValue)-\(starSeed).fits"))
            }
            if realHosts {
                let host = hosts[i % hosts.count]
                var transits = 0
                (lc, star.expectedSNR, transits) = kind == .quiet ? (host.lightCurve, 0, 0) : host.injecting(star.star)
                star.spanDays = (lc.time.last ?? 0) - (lc.time.first ?? 0)
                // Fewer than two transits in the host's data: a lone-transit case, not a periodic one.
                if kind != .quiet && transits < 2 {
                    if verbose { print("  \(scenario.rawValue) \(kind.rawValue) seed \(starSeed): \(transits) transit(s) in \(host.name), left out") }
                    continue
                }
            }
            let result: StarVetting
            do {
                result = try pipeline.vet(lightCurve: lc, files: [])
            } catch {
                print("  \(scenario.rawValue) \(kind.rawValue) seed \(starSeed): \(error)")
                continue
            }
            var label = kind.rawValue
            if kind == .planet { label = star.expectedSNR >= 12 ? "planet SNR>=12" : "planet SNR<12" }
            if rows[label] == nil { order.append(label) }
            let decided = outcome(of: result, star: star)
            rows[label, default: Row()].n += 1
            rows[label, default: Row()].counts[decided, default: 0] += 1
            let lonePlanetCandidates = result.singleTransits.filter { $0.verdict == Verdict.planetCandidate.rawValue }
            if !lonePlanetCandidates.isEmpty { rows[label, default: Row()].lonePlanetCandidates += 1 }
            if verbose {
                var truth = star.star.truth.ephemeris.map { String(format: "P %.3f d, SNR %.1f", $0.period, star.expectedSNR) } ?? "no signal"
                if let systematics = star.star.truth.systematics {
                    truth += systematics.ramps.map { String(format: ", ramp %@ %.2f (%.0f ppm, %.2f d)", $0.side.rawValue, $0.time, $0.amplitude * 1e6, $0.timescale) }.joined()
                    truth += systematics.steps.filter { $0.permanentFraction < 1 }.map {
                        String(format: ", dropout at %.2f (%.0f ppm, %.0f%% permanent, %.2f d)", $0.time, $0.amplitude * 1e6, $0.permanentFraction * 100, $0.recoveryTime)
                    }.joined()
                }
                let found = result.signals.map {
                    String(format: "%.3f d SNR %.1f %@ (PC %.2f EB %.2f J %.2f)", $0.signal.period, $0.signal.snr, $0.verdict.rawValue,
                           $0.probabilities.pc, $0.probabilities.eb, $0.probabilities.j)
                }.joined(separator: "; ")
                let lone = lonePlanetCandidates.map { String(format: " lone PC at %.2f (%.1f h, SNR %.1f)", $0.epoch, $0.duration * 24, $0.snr) }
                print(String(format: "  %@ %@ seed %llu, span %.0f d: %@ -> %@ [%@]%@", scenario.rawValue, kind.rawValue, starSeed,
                             star.spanDays, truth, decided.rawValue, found, lone.joined()))
            }
        }
    }
    print("\n### \(scenario.rawValue)\n")
    print("| truth | n | planet-candidate | eclipsing-binary | not-transit-like | no signal | called PC | lone PC |")
    print("|---|---|---|---|---|---|---|---|")
    for label in order.sorted(by: { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }) {
        let row = rows[label]!
        let c = Outcome.allCases.map { row.counts[$0, default: 0] }
        print(String(format: "| %@ | %d | %d | %d | %d | %d | %.0f%% | %d |", label, row.n, c[0], c[1], c[2], c[3],
                     100 * Double(c[0]) / Double(max(row.n, 1)), row.lonePlanetCandidates))
    }
    print(String(format: "(%.0f s so far)", Date().timeIntervalSince(started)))
    fflush(stdout)
}
