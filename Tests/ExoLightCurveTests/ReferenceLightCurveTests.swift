import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

/// Every shared light-curve file read by Exoscope equals what astropy reads from it: same rows kept
/// and dropped, sampled rows identical, column sums within 1e-12 relative.
/// Reference values: `scripts/make_reference_lightcurves.py` (astropy.io.fits + numpy).
final class ReferenceLightCurveTests: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reference_lightcurves.json")

    func testEveryFileMatchesAstropy() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixture)) as? [String: [String: [String: Any]]]
        let reference = try XCTUnwrap(json)
        XCTAssertGreaterThanOrEqual(reference.count, 26)
        var checked = 0
        for (relative, configurations) in reference.sorted(by: { $0.key < $1.key }) {
            guard let url = SharedData.url("fits/" + relative) else { continue }
            for (key, expected) in configurations {
                let parts = key.split(separator: "/")
                let flux = try XCTUnwrap(FluxColumn(rawValue: String(parts[0])))
                let quality = try XCTUnwrap(QualityMask(rawValue: String(parts[1])))
                let reading = try LightCurveReader.reading(contentsOf: url, flux: flux, quality: quality)
                let label = "\(relative) \(key)"
                XCTAssertEqual(reading.rowCount, expected["rows"] as? Int, label)
                XCTAssertEqual(reading.keptCount, expected["kept"] as? Int, label)
                XCTAssertEqual(reading.droppedByQuality, expected["dropped_quality"] as? Int, label)
                XCTAssertEqual(reading.droppedNonFinite, expected["dropped_nonfinite"] as? Int, label)
                XCTAssertEqual(reading.product.rawValue, expected["product"] as? String, label)
                let lc = reading.lightCurve
                for case let sample as [Any] in expected["samples"] as? [Any] ?? [] {
                    guard let i = sample[0] as? Int, i < lc.count else { XCTFail(label); continue }
                    XCTAssertEqual(lc.time[i], number(sample[1]), "\(label) time[\(i)]")
                    assertClose(lc.flux[i], number(sample[2]), 1e-13, "\(label) flux[\(i)]")
                    if let error = number(sample[3]), !error.isNaN {
                        assertClose(lc.fluxError[i], error, 1e-13, "\(label) flux_err[\(i)]")
                    } else {
                        XCTAssertTrue(lc.fluxError[i].isNaN, "\(label) flux_err[\(i)]")
                    }
                    XCTAssertEqual(Int(lc.quality[i]), sample[4] as? Int, "\(label) quality[\(i)]")
                }
                assertClose(lc.time.reduce(0, +), number(expected["sum_time"]), 1e-12, "\(label) sum time")
                assertClose(lc.flux.reduce(0, +), number(expected["sum_flux"]), 1e-12, "\(label) sum flux")
                assertClose(lc.fluxError.filter { !$0.isNaN }.reduce(0, +), number(expected["sum_err"]), 1e-12, "\(label) sum err")
                checked += 1
            }
        }
        if checked == 0 { throw XCTSkip(SharedData.missingMessage("fits")) }
    }

    /// A float stored as its Python repr ("nan" for NaN).
    private func number(_ value: Any?) -> Double? {
        guard let text = value as? String else { return nil }
        return text == "nan" ? .nan : Double(text)
    }

    private func assertClose(_ value: Double, _ expected: Double?, _ tolerance: Double, _ label: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let expected else { return XCTFail("\(label): no reference", file: file, line: line) }
        XCTAssertEqual(value, expected, accuracy: tolerance * max(1, abs(expected)), label, file: file, line: line)
    }
}
