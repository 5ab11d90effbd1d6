// Measures the twice-the-period test (TwicePeriodTest) on simulated stars: how often an eclipsing binary
// found at half its period is reported at its true period, how often a binary found at its period or a
// planet is doubled wrongly, how often a variable star's signal is called a binary at twice its period,
// and the verdicts. The table in docs/vetting.md comes from this program.
// Run: swift run -c release BenchTwicePeriod [STARS_PER_CLASS (default 40)] [FIRST_SEED (default 1000)]
import ExoLightCurve
import ExoSim
import ExoVetting
import Foundation

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let count = arguments.first ?? 40
let firstSeed = UInt64(arguments.dropFirst().first ?? 1000)

/// The classes simulated: planets, binaries with equal eclipses (equal temperatures, circular orbit:
/// the search finds them at half the period) and with unequal eclipses (circular, temperatures drawn).
let classes: [(name: String, kind: StarKind, parameters: (UInt64) -> SimulationParameters)] = [
    ("planet", .planet, { _ in SimulationParameters() }),
    ("EB, equal eclipses", .eb, { _ in SimulationParameters(eccentricity: 0, primaryTemperature: 5800, secondaryTemperature: 5800) }),
    ("EB, unequal eclipses", .eb, { _ in SimulationParameters(eccentricity: 0) }),
    ("variable star", .variable, { _ in SimulationParameters() }),
]

var configuration = VettingConfiguration()
configuration.maxSignals = 1
let pipeline = try VettingPipeline(configuration: configuration)

func near(_ a: Double, _ b: Double) -> Bool { abs(a / b - 1) < 0.01 }

print("(variable stars: \"found at P\" counts every star with a signal; \"doubled wrongly\" those called binaries at 2P)")
print("| mission | class | stars | found at P | found at P/2 | of those at P/2: reported at P | of those at P: doubled wrongly | planet-candidate | eclipsing-binary |")
print("|---|---|---|---|---|---|---|---|---|")
for mission in [Mission.tess, .kepler] {
    for (index, star) in classes.enumerated() {
        var atP = 0, atHalf = 0, halfFixed = 0, doubledWrongly = 0, pc = 0, eb = 0
        for n in 0..<count {
            let seed = firstSeed + UInt64(index * 100_000 + n)
            let simulated = try StarSimulator(kind: star.kind, mission: mission, seed: seed,
                                              parameters: star.parameters(seed)).simulate()
            let result = try pipeline.vet(lightCurve: simulated.lightCurve, files: ["simulated \(seed)"])
            guard let signal = result.signals.first else { continue }
            let doubled = signal.twicePeriod?.isBinary ?? false
            guard let truth = simulated.truth.ephemeris?.period else {
                // No true period: count the signals called binaries at twice their period as doubled wrongly.
                if doubled { doubledWrongly += 1 }
                atP += 1
                if signal.verdict == .planetCandidate { pc += 1 }
                if signal.verdict == .eclipsingBinary { eb += 1 }
                continue
            }
            let searched = doubled ? signal.signal.period / 2 : signal.signal.period
            if signal.verdict == .planetCandidate { pc += 1 }
            if signal.verdict == .eclipsingBinary { eb += 1 }
            if near(searched, truth) {
                atP += 1
                if doubled { doubledWrongly += 1 }
            } else if near(searched, truth / 2) {
                atHalf += 1
                if doubled { halfFixed += 1 }
            }
        }
        print("| \(mission.rawValue) | \(star.name) | \(count) | \(atP) | \(atHalf) | \(halfFixed) of \(atHalf) | "
            + "\(doubledWrongly) of \(atP) | \(pc) | \(eb) |")
    }
}
