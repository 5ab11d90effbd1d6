// False-alarm calibration of the SDE threshold: the first-pass SDE of seeded white-noise light
// curves, searched with the default settings, over a range of baselines and cadences.
//
//   swift run -c release CalibrateSDE DAYS CADENCE_MIN COUNT [FIRST_SEED] [THREADS]
//
// Each light curve: σ = 1e-3 white noise (SeededGenerator, seed FIRST_SEED + i), a 1-day gap in
// the middle, no signal. Prints one line per curve (seed, points, trial periods, SDE, period of the peak) and the
// median, 95th and 99th percentiles and maximum. The table and the fitted law are in docs/search.md.
import ExoLightCurve
import ExoRandom
import ExoSearch
import Foundation

let args = CommandLine.arguments.dropFirst().map { $0 }
guard args.count >= 3, let days = Double(args[0]), let cadenceMinutes = Double(args[1]), let count = Int(args[2]) else {
    print("usage: CalibrateSDE DAYS CADENCE_MIN COUNT [FIRST_SEED] [THREADS]")
    exit(2)
}
let firstSeed = args.count > 3 ? UInt64(args[3]) ?? 1000 : 1000
let threads = args.count > 4 ? Int(args[4]) ?? 1 : 1

/// White noise around 1000 with σ = 1 (1e-3 relative), one day missing in the middle.
func noiseCurve(seed: UInt64) -> LightCurve {
    var rng = SeededGenerator(seed: seed)
    let cadence = cadenceMinutes / 1440
    let gap = (days / 2 - 0.5)...(days / 2 + 0.5)
    var time: [Double] = [], flux: [Double] = []
    var i = 0
    while Double(i) * cadence < days {
        defer { i += 1 }
        let t = Double(i) * cadence
        if gap.contains(t) { continue }
        time.append(1000 + t)
        flux.append(1000 * (1 + 1e-3 * rng.nextGaussian()))
    }
    return LightCurve(time: time, flux: flux, fluxError: [Double](repeating: 1, count: time.count),
                      metadata: LightCurveMetadata(mission: .tess, targetID: "noise", cadenceDays: cadence))
}

var config = TransitSearchConfiguration()
config.threads = threads
// Only the first pass matters: nothing may pass, so the search stops after it.
config.sdeThreshold = .infinity
config.snrThreshold = .infinity
config.singleEventSignificance = .infinity

var sdes: [Double] = []
let start = Date()
for k in 0..<count {
    let seed = firstSeed + UInt64(k)
    let lc = noiseCurve(seed: seed)
    let result = try TransitSearch(configuration: config).run(on: lc)
    let spectrum = result.periodogram.sde
    let peak = spectrum.indices.max { spectrum[$0] < spectrum[$1] } ?? 0
    sdes.append(spectrum.isEmpty ? 0 : spectrum[peak])
    print(String(format: "curve seed=%llu points=%d periods=%d sde=%.4f peak_period=%.4f", seed, lc.count,
                 spectrum.count, sdes[k], result.periodogram.periods.isEmpty ? 0 : result.periodogram.periods[peak]))
}
let sorted = sdes.sorted()
/// Linear-interpolated quantile (numpy's default).
func quantile(_ q: Double) -> Double {
    let x = q * Double(sorted.count - 1), i = Int(x.rounded(.down))
    return i + 1 < sorted.count ? sorted[i] + (x - Double(i)) * (sorted[i + 1] - sorted[i]) : sorted[i]
}
print(String(format: "summary days=%g cadence=%g curves=%d median=%.3f p95=%.3f p99=%.3f max=%.3f seconds=%.1f",
             days, cadenceMinutes, count, quantile(0.5), quantile(0.95), quantile(0.99), sorted.last ?? 0,
             Date().timeIntervalSince(start)))
