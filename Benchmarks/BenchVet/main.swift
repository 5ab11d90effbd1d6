// Times `exoscope vet` end to end (read, clean, detrend, search, views, classify, verdict) on one core:
// a TESS 2-minute sector (target < 2 s) and three stitched Kepler-90 quarters (target < 15 s).
// Run: swift run -c release BenchVet   (needs ../shared/data or EXOSCOPE_DATA)
import ExoTestSupport
import ExoVetting
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let cases: [(name: String, files: [String], target: Double)] = [
    ("TESS 2-min sector (WASP-126, SPOC)", ["fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"], 2),
    ("Kepler-90 Q3+Q4+Q5 stitched", [
        "fits/kepler/kplr011442793-2009350155506_llc.fits",
        "fits/kepler/kplr011442793-2010009091648_llc.fits",
        "fits/kepler/kplr011442793-2010174085026_llc.fits",
    ], 15),
]

var configuration = VettingConfiguration()
configuration.search.threads = 1
var pipeline: VettingPipeline?
let loadTime = try seconds { pipeline = try VettingPipeline(configuration: configuration) }
print(String(format: "model load: %.3f s (once per run, not counted below)", loadTime))
guard let pipeline else { exit(1) }
for benchmark in cases {
    let urls = benchmark.files.compactMap(SharedData.url)
    guard urls.count == benchmark.files.count else {
        print("\(benchmark.name): skipped, \(SharedData.missingMessage(benchmark.files[0]))")
        continue
    }
    var times: [Double] = []
    var summary = ""
    for _ in 0..<3 {
        var results: [StarVetting] = []
        times.append(try seconds { results = try pipeline.vet(files: urls) })
        summary = results.flatMap(\.signals).map { String(format: "%.4f d %@", $0.signal.period, $0.verdict.rawValue) }
            .joined(separator: ", ")
    }
    let best = times.min() ?? .nan
    print(String(format: "%@: best %.3f s of %d (median %.3f s), target < %.0f s: %@", benchmark.name, best, times.count,
                 times.sorted()[times.count / 2], benchmark.target, best < benchmark.target ? "met" : "NOT met"))
    print("  signals: \(summary)")
}
