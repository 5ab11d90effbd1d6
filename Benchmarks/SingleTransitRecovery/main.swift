// Injection-recovery and false alarms of the single-transit search, seeded.
//
//   swift run -c release SingleTransitRecovery [--trials N] [--simulated N] [--seed S] [--threshold SNR]
//
// Quiet star-sectors: the real quiet TESS star (TIC 260161111), the TESS and Kepler planet hosts in
// ../shared/data with their periodic signals' transits cut out (found by TransitSearch: out-of-transit
// parts; Kepler-90's quarters keep the lone transits of g, h, e and f, which count as events), and seeded ExoSim quiet TESS sectors and Kepler quarters. For each:
//   - false events: the single events the full TransitSearch lists on the untouched light curve;
//   - recovery: lone limb-darkened transits (ExoSim SignalInjector; period log-uniform 30-3000 d, impact
//     parameter 0-0.7, so durations follow a solar-density star) multiplied in at a random cadence with
//     full coverage (box and flanks), depth set for a target SNR = mean depth over the transit ×
//     √(cadences in transit) / (σ β), the depth error the search itself uses (σ: robust per-cadence
//     scatter of the flattened light curve; β: the search's correlated-noise factor at the nearest
//     trial duration, measured on the light curve before injection); recovered when a listed event's
//     epoch is within 1 hour. The single-transit search runs alone (SingleTransitSearch.run(on:)) on
//     the injected curves, which is the part of TransitSearch that finds lone transits.
import ExoBasics
import ExoLightCurve
import ExoRandom
import ExoSearch
import ExoSim
import Foundation

var trials = 8, simulated = 20, seed: UInt64 = 2026, verbose = false
var search = TransitSearchConfiguration()
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let value = arguments.popFirst() else { break }
    switch flag {
    case "--trials": trials = Int(value) ?? trials
    case "--simulated": simulated = Int(value) ?? simulated
    case "--seed": seed = UInt64(value) ?? seed
    case "--verbose": verbose = value == "1"
    case "--threshold": search.singleTransits.snrThreshold = Double(value) ?? search.singleTransits.snrThreshold
    default: FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8)); exit(2)
    }
}
let data = URL(fileURLWithPath: ProcessInfo.processInfo.environment["EXOSCOPE_DATA"] ?? "../shared/data")

/// One quiet star-sector: its name, mission and light curve.
struct Base {
    var name: String
    var mission: String
    var lightCurve: LightCurve
    var falseEvents: [SingleTransit] = []
    /// Mid-times of real lone transits in it.
    var known: [Double] = []
}

/// `lc` without the transits (±1 duration) of the periodic signals TransitSearch reports, and the
/// single events it lists on what is left.
func outOfTransit(_ lc: LightCurve) throws -> (LightCurve, [SingleTransit]) {
    let clean = lc.removingNaNs()
    let result = try TransitSearch(configuration: search).run(on: clean)
    guard !result.signals.isEmpty else { return (clean, result.singleTransits) }
    let cut = KnownSignalMask.masking(clean, signals: result.signals.map {
        SignalEphemeris(period: $0.period, epoch: $0.epoch, duration: $0.duration, depth: $0.depth)
    })
    return (cut, try TransitSearch(configuration: search).run(on: cut).singleTransits)
}

var bases: [Base] = []
/// Real star-sectors: name, mission, file, and the mid-times (BKJD) of real lone transits in them, which
/// are not false events (Kepler-10 c at 365.15; Kepler-90 e at 318.17 and 410.11, g at 357.55, f at 377.15, h at 472.12,
/// e and f together at 502.06, and d, which has only two transits in one quarter and is not cut: published
/// ephemerides); injections keep a day clear of them.
let real: [(String, String, [String], [Double])] = [
    ("TIC 260161111 (quiet)", "TESS", ["fits/quiet/target_s0007_TIC260161111_lc.fits"], []),
    ("WASP-126 out of transit", "TESS", ["fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"], []),
    ("WASP-100 out of transit", "TESS", ["fits/tess/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits"], []),
    ("WASP-62 out of transit", "TESS", ["fits/tess/tess2018206045859-s0001-0000000149603524-0120-s_lc.fits"], []),
    ("HAT-P-7 Q0 out of transit", "Kepler", ["fits/kepler/kplr010666592-2009131110544_slc.fits"], []),
    ("Kepler-10 Q4 (pixels) out of transit", "Kepler", ["fits/kepler/kplr011904151-2010009091648_lpd-targ.fits"], [365.15]),
    ("KOI-608 Q10 (pixels) out of transit", "Kepler", ["fits/kepler/kplr005562784-2011271113734_lpd-targ.fits.gz"], []),
    ("Kepler-90 Q3 out of transit", "Kepler", ["fits/kepler/kplr011442793-2009350155506_llc.fits"], [278.43, 318.17, 338.17]),
    ("Kepler-90 Q4 out of transit", "Kepler", ["fits/kepler/kplr011442793-2010009091648_llc.fits"], [357.55, 377.15, 397.91, 410.11]),
    ("Kepler-90 Q5 out of transit", "Kepler", ["fits/kepler/kplr011442793-2010174085026_llc.fits"], [457.64, 472.12, 502.06, 517.38]),
]
for (name, mission, files, known) in real {
    let urls = files.map { data.appendingPathComponent($0) }
    guard urls.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else {
        print("skipped \(name): file not found under \(data.path)")
        continue
    }
    let (lc, events) = try outOfTransit(try LightCurveReader.read(contentsOf: urls[0]))
    bases.append(Base(name: name, mission: mission, lightCurve: lc,
                      falseEvents: events.filter { e in !known.contains { abs($0 - e.epoch) < 0.5 } }, known: known))
}
for i in 0..<simulated {
    for mission in [Mission.tess, Mission.kepler] {
        let star = try StarSimulator(kind: .quiet, mission: mission, seed: seed &+ UInt64(i), parameters: .init()).simulate()
        let events = try TransitSearch(configuration: search).run(on: star.lightCurve).singleTransits
        bases.append(Base(name: "simulated \(mission.rawValue) \(i)", mission: mission.rawValue + " (sim)",
                          lightCurve: star.lightCurve, falseEvents: events))
    }
}

print("False single events on quiet star-sectors (full TransitSearch, default settings):")
var falseTotal = 0
for group in ["TESS", "Kepler", "TESS (sim)", "Kepler (sim)"] {
    let members = bases.filter { $0.mission == group }
    let count = members.map(\.falseEvents.count).reduce(0, +)
    falseTotal += count
    let details = members.filter { !$0.falseEvents.isEmpty }
        .map { b in "\(b.name): " + b.falseEvents.map { String(format: "%.3f SNR %.1f", $0.epoch, $0.snr) }.joined(separator: ", ") }
    print(String(format: "  %-13@ %3d star-sectors, %2d false events", group as NSString, members.count, count)
          + (details.isEmpty ? "" : "  [" + details.joined(separator: "; ") + "]"))
}
print(String(format: "  all: %d star-sectors, %d false events (%.1f per 100)", bases.count, falseTotal,
             100 * Double(falseTotal) / Double(max(bases.count, 1))))

let snrs: [Double] = [5, 7, 8.5, 10, 12, 15, 20]
var rng = SeededGenerator(seed: seed)
var table: [String: [Double: (Int, Int)]] = [:]
for base in bases {
    let lc = base.lightCurve.removingNaNs()
    let cadence = TransitSearch.cadence(of: lc)
    let noise = try SingleTransitSearch(configuration: search.singleTransits).run(on: lc)
    let start = lc.time.first ?? 0
    for snr in snrs {
        var found = 0, done = 0
        for _ in 0..<trials {
            let period = exp(log(30) + rng.nextUniform() * log(100.0))
            let impact = 0.7 * rng.nextUniform()
            let shape = try SignalInjector.planet(period: period, epoch: start, depth: 0.001, impactParameter: impact)
            let duration = shape.duration
            // A cadence whose box and one-duration flanks are at least 80% covered.
            var epoch = Double.nan
            for _ in 0..<50 {
                let t = lc.time[Int(rng.nextUniform() * Double(lc.count - 1))]
                let expected = duration / cadence
                func covered(_ a: Double, _ b: Double) -> Bool {
                    Double(lc.time.filter { $0 >= a && $0 < b }.count) >= 0.8 * (b - a) / duration * expected
                }
                if base.known.contains(where: { abs($0 - t) < duration + 1 }) { continue }
                if covered(t - 1.5 * duration, t - duration / 2) && covered(t + duration / 2, t + 1.5 * duration)
                    && covered(t - duration / 2, t + duration / 2) { epoch = t; break }
            }
            guard epoch.isFinite else { continue }
            // The pipeline's error for this duration, and the mean depth over the transit per unit mid-transit depth.
            guard let nearest = noise.durations.indices.min(by: { abs(log(noise.durations[$0] / duration)) < abs(log(noise.durations[$1] / duration)) })
            else { continue }
            let error = noise.sigma * noise.beta[nearest] / (duration / cadence).squareRoot()
            let model = TransitModel(shape).flux(at: (0..<41).map { start + duration * (Double($0) / 40 - 0.5) })
            let meanOverMid = model.map { 1 - $0 }.reduce(0, +) / 41 / max(1 - (model[20]), 1e-12)
            let depth = snr * error / meanOverMid
            guard depth < 0.5 else { continue }
            let planet = try SignalInjector.planet(period: period, epoch: epoch, depth: depth, impactParameter: impact)
            let injected = SignalInjector.inject(planet, into: lc)
            let result = try SingleTransitSearch(configuration: search.singleTransits).run(on: injected)
            let (events, rejected) = (result.events, result.rejected)
            done += 1
            if events.contains(where: { abs($0.epoch - epoch) <= 1.0 / 24 }) {
                found += 1
            } else if verbose {
                print(String(format: "missed %@ SNR %.1f at %.3f, %.2f h, depth %.0f ppm: ", base.name, snr, epoch, duration * 24, depth * 1e6)
                      + events.map { String(format: "[%.3f %.2f h SNR %.1f]", $0.epoch, $0.duration * 24, $0.snr) }.joined()
                      + rejected.filter { abs($0.epoch - epoch) < 1 }.map { " rejected \($0.epoch) \($0.duration * 24) h scan \($0.sde): \($0.reason)" }.joined())
            }
        }
        let old = table[base.mission, default: [:]][snr] ?? (0, 0)
        table[base.mission, default: [:]][snr] = (old.0 + found, old.1 + done)
    }
}
print("\nRecovered lone transits (epoch within 1 h), by injected SNR; \(trials) trials per star-sector and SNR, seed \(seed):")
print("  set            " + snrs.map { String(format: "%9.1f", $0) }.joined())
for group in ["TESS", "Kepler", "TESS (sim)", "Kepler (sim)"] {
    guard let row = table[group] else { continue }
    print(String(format: "  %-13@ ", group as NSString) + snrs.map { snr in
        let (f, n) = row[snr] ?? (0, 0)
        return String(format: "%4d/%-4d", f, n)
    }.joined())
}
