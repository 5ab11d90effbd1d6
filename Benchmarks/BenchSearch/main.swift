// Benchmark of the box least-squares search and the biweight detrending, against astropy and wotan.
//
//   swift run -c release BenchSearch [OUTDIR]
//   /work/.venv-ref/bin/python scripts/bench_astropy_bls.py [OUTDIR]
//
// For each light curve (a TESS sector and the stitched Kepler-90 quarters) this writes the exact
// points searched, the period grid and the durations to OUTDIR (default /tmp/exoscope-bench), so
// the Python script runs astropy's BoxLeastSquares and wotan's biweight on the same inputs.
import Dispatch
import ExoDetrend
import ExoLightCurve
import ExoSearch
import Foundation

struct Case {
    var name: String
    var files: [String]
    var maxPeriod: Double
    var frequencyFactor: Double
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<runs { fastest = min(fastest, try seconds(body)) }
    return fastest
}

let outDir = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "/tmp/exoscope-bench")
try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
let data = ProcessInfo.processInfo.environment["EXOSCOPE_DATA"] ?? "../shared/data"
let cases = [
    Case(name: "tess-wasp126", files: ["fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"],
         maxPeriod: 13, frequencyFactor: 1),
    Case(name: "kepler90-stitched", files: [
        "fits/kepler/kplr011442793-2009350155506_llc.fits", "fits/kepler/kplr011442793-2010009091648_llc.fits",
        "fits/kepler/kplr011442793-2010174085026_llc.fits",
    ], maxPeriod: 20, frequencyFactor: 30),
]
let durations = [0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3]
let window = 0.75
let cores = ProcessInfo.processInfo.activeProcessorCount
print("BenchSearch: \(cores) cores; durations \(durations); biweight window \(window) d")
for c in cases {
    let urls = c.files.map { URL(fileURLWithPath: data).appendingPathComponent($0) }
    let raw = try urls.count == 1 ? LightCurveReader.read(contentsOf: urls[0]) : LightCurveReader.read(contentsOf: urls)
    let lc = raw.normalized()
    var trend: [Double] = []
    let biweightTime = best(of: 5) {
        trend = BiweightFilter(windowDays: window, threads: 1).trend(time: lc.time, flux: lc.flux)
    }
    let biweightAllThreads = best(of: 5) {
        trend = BiweightFilter(windowDays: window, threads: cores).trend(time: lc.time, flux: lc.flux)
    }
    let flux = lc.indices.map { lc.flux[$0] / trend[$0] }
    let errors = lc.indices.map { lc.fluxError[$0] / trend[$0] }
    let bls = try BoxLeastSquares(time: lc.time, flux: flux, fluxError: errors)
    let span = bls.time[bls.time.count - 1] - bls.time[0]
    let periods = try PeriodGrid.autoperiod(timeSpan: span, durations: durations, minimumPeriod: 0.5,
                                        maximumPeriod: c.maxPeriod, frequencyFactor: c.frequencyFactor)
    var result: BLSPeriodogram?
    let oneThread = try best(of: 2) { result = try bls.power(periods: periods, durations: durations, threads: 1) }
    let allThreads = try best(of: 2) { result = try bls.power(periods: periods, durations: durations, threads: cores) }
    guard let result, let peak = result.bestIndex else { continue }
    print(String(format: "%@: %d points, %d periods; BLS 1 thread %.3f s, %d threads %.3f s; best period %.6f d power %.6f; biweight 1 thread %.4f s, %d threads %.4f s",
                 c.name, bls.time.count, periods.count, oneThread, cores, allThreads, result.periods[peak], result.power[peak],
                 biweightTime, cores, biweightAllThreads))
    // Inputs for the Python side: the points searched and the grid.
    var csv = "time,flux,flux_err,raw_flux\n"
    for i in lc.indices { csv += "\(lc.time[i]),\(flux[i]),\(errors[i]),\(lc.flux[i])\n" }
    try csv.write(to: outDir.appendingPathComponent("\(c.name).csv"), atomically: true, encoding: .utf8)
    let meta: [String: Any] = [
        "durations": durations, "min_period": 0.5, "max_period": c.maxPeriod, "frequency_factor": c.frequencyFactor,
        "window": window, "swift_one_thread_s": oneThread, "swift_all_threads_s": allThreads, "swift_threads": cores,
        "swift_biweight_s": biweightTime, "swift_biweight_all_threads_s": biweightAllThreads, "swift_best_period": result.periods[peak], "swift_best_power": result.power[peak],
        "periods": periods.count,
    ]
    try JSONSerialization.data(withJSONObject: meta, options: [.sortedKeys])
        .write(to: outDir.appendingPathComponent("\(c.name).json"))
    // The whole multi-planet search with default settings, for the record.
    let searchTime = try seconds { _ = try TransitSearch().run(on: raw) }
    print(String(format: "%@: full TransitSearch (default settings, all threads) %.2f s", c.name, searchTime))
}
