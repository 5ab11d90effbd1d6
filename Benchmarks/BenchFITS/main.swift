// Reads every shared FITS file and prints the time per file (best of N runs), for two tasks:
//  - "light curve": LightCurveReader.reading (parse, decode the needed columns, quality mask,
//    drop non-finite rows; aperture sums for pixel files);
//  - "all columns": parse the file and decode every numeric column of every binary table to Double.
// Compare with scripts/bench_astropy_read.py, which does the same with astropy.
//
//     swift run -c release BenchFITS [repeats]
import ExoFITS
import ExoLightCurve
import Foundation

let repeats = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 7 : 7
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let dataRoot = ProcessInfo.processInfo.environment["EXOSCOPE_DATA"].map { URL(fileURLWithPath: $0) }
    ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
let fitsRoot = dataRoot.appendingPathComponent("fits")

var files: [URL] = []
if let enumerator = FileManager.default.enumerator(at: fitsRoot, includingPropertiesForKeys: nil) {
    for case let url as URL in enumerator where url.path.hasSuffix(".fits") || url.path.hasSuffix(".fits.gz") {
        files.append(url)
    }
}
files.sort { $0.path < $1.path }
guard !files.isEmpty else {
    print("no FITS files under \(fitsRoot.path): set EXOSCOPE_DATA")
    exit(1)
}

/// Best wall time of `repeats` runs of `body`, seconds.
func best(_ body: () throws -> Void) rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return fastest
}

/// Decodes every numeric column of every binary table; returns a checksum so nothing is optimised away.
func decodeAllColumns(_ url: URL) throws -> Double {
    let file = try FITSFile(contentsOf: url)
    var checksum = 0.0
    for hdu in file.hdus where hdu.kind == .binaryTable {
        let table = try hdu.binaryTable()
        for column in table.columns where column.type != .character && column.type != .bit {
            let values = try table.doubles(column.name)
            checksum += values.first ?? 0
        }
    }
    return checksum
}

print("BenchFITS: best of \(repeats) runs per file, milliseconds")
print("file".padding(toLength: 62, withPad: " ", startingAt: 0) + "  light curve   all columns")
var totalLightCurve = 0.0, totalColumns = 0.0
var sink = 0.0
for url in files {
    let name = url.path.replacingOccurrences(of: fitsRoot.path + "/", with: "")
    let lightCurve = best {
        if let reading = try? LightCurveReader.reading(contentsOf: url) { sink += Double(reading.keptCount) }
    }
    let columns = try best { sink += try decodeAllColumns(url) }
    totalLightCurve += lightCurve
    totalColumns += columns
    print(name.padding(toLength: 62, withPad: " ", startingAt: 0)
        + String(format: "  %11.3f   %11.3f", lightCurve * 1e3, columns * 1e3))
}
print("total".padding(toLength: 62, withPad: " ", startingAt: 0)
    + String(format: "  %11.3f   %11.3f", totalLightCurve * 1e3, totalColumns * 1e3))
if sink.isNaN { print("") }
