import ExoTestSupport
import Foundation
import XCTest

/// `exoscope lightcurve` writes exactly what astropy reads (reference fixture of ExoLightCurveTests,
/// made by scripts/make_reference_lightcurves.py).
final class LightcurveCommandTests: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ExoLightCurveTests/Fixtures/reference_lightcurves.json")

    struct Row: Equatable {
        var time: Double, flux: Double, error: Double, quality: Int
    }

    /// The rows of the CSV, after its commented header (which must name the mission and time reference).
    func parseCSV(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Row] {
        let all = text.split(separator: "\n")
        let comments = all.prefix { $0.hasPrefix("#") }
        XCTAssertEqual(comments.first, "# exoscope light curve", file: file, line: line)
        XCTAssertTrue(comments.contains { $0.hasPrefix("# mission: ") } && comments.contains { $0.hasPrefix("# time_reference: ") },
                      file: file, line: line)
        var lines = all.dropFirst(comments.count)
        XCTAssertEqual(lines.first, "time,flux,flux_err,quality", file: file, line: line)
        lines.removeFirst()
        return lines.compactMap { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count == 4, let t = Double(f[0]), let x = Double(f[1]), let e = Double(f[2]), let q = Int(f[3]) else {
                XCTFail("bad CSV line \(line)")
                return nil
            }
            return Row(time: t, flux: x, error: e, quality: q)
        }
    }

    func reference() throws -> [String: [String: [String: Any]]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixture))
        return try XCTUnwrap(json as? [String: [String: [String: Any]]])
    }

    func testCSVEqualsAstropyForEveryLightCurveFile() throws {
        let reference = try reference()
        var checked = 0
        for (relative, configurations) in reference.sorted(by: { $0.key < $1.key }) {
            guard let url = SharedData.url("fits/" + relative) else { continue }
            for (key, options) in [("pdcsap/default", [String]()), ("sap/default", ["--flux", "sap"]),
                                   ("pdcsap/none", ["--quality", "none"]), ("pdcsap/hard", ["--quality", "hard"])] {
                guard let expected = configurations[key] else { continue }
                if key != "pdcsap/default" && checked % 5 != 0 { continue }  // every 5th file checks the options too
                let result = try CommandRunner.run(["lightcurve", url.path] + options)
                XCTAssertEqual(result.status, 0, result.standardError)
                let rows = parseCSV(result.standardOutput)
                XCTAssertEqual(rows.count, expected["kept"] as? Int, "\(relative) \(key)")
                for case let sample as [Any] in expected["samples"] as? [Any] ?? [] {
                    guard let i = sample[0] as? Int, i < rows.count else { XCTFail(relative); continue }
                    XCTAssertEqual(rows[i].time, Double(sample[1] as? String ?? ""), "\(relative) \(key) time[\(i)]")
                    let flux = Double(sample[2] as? String ?? "") ?? .nan
                    XCTAssertEqual(rows[i].flux, flux, accuracy: 1e-13 * max(1, abs(flux)), "\(relative) \(key) flux[\(i)]")
                    let error = Double(sample[3] as? String ?? "") ?? .nan
                    if error.isNaN { XCTAssertTrue(rows[i].error.isNaN) } else {
                        XCTAssertEqual(rows[i].error, error, accuracy: 1e-13 * max(1, abs(error)), "\(relative) \(key) err[\(i)]")
                    }
                    XCTAssertEqual(rows[i].quality, sample[4] as? Int)
                }
                let sumFlux = Double(expected["sum_flux"] as? String ?? "") ?? .nan
                XCTAssertEqual(rows.map(\.flux).reduce(0, +), sumFlux, accuracy: 1e-12 * max(1, abs(sumFlux)), relative)
            }
            checked += 1
        }
        if checked == 0 { throw XCTSkip(SharedData.missingMessage("fits")) }
    }

    func testNormalizeStitchAndOutputFile() throws {
        let names = ["kplr011442793-2009350155506_llc.fits", "kplr011442793-2010009091648_llc.fits"]
        let urls = try names.map { name -> URL in
            guard let url = SharedData.url("fits/kepler/" + name) else { throw XCTSkip(SharedData.missingMessage(name)) }
            return url
        }
        let single = parseCSV(try CommandRunner.run(["lightcurve", urls[0].path, "--normalize"]).standardOutput)
        let fluxes = single.map(\.flux).sorted()
        XCTAssertEqual(fluxes[fluxes.count / 2], 1, accuracy: 1e-3)

        let folder = try SharedData.temporaryDirectory("exoscope-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("kepler90.csv")
        let result = try CommandRunner.run(["lightcurve", urls[1].path, urls[0].path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, "")
        let stitched = parseCSV(try String(contentsOf: out, encoding: .utf8))
        XCTAssertEqual(stitched.count, 4134 + 1008)
        XCTAssertTrue(zip(stitched, stitched.dropFirst()).allSatisfy { $0.time <= $1.time })
    }
}
