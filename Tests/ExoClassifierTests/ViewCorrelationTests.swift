import ExoLightCurve
import ExoTestSupport
import ExoViews
import Foundation
import XCTest

@testable import ExoClassifier

/// Views made by Exoscope from SPOC 2-minute light curves against the TESS set's records of the
/// same stars (made by Yu et al. from QLP full-frame photometry of the same sector).
final class ViewCorrelationTests: XCTestCase {
    private struct Star {
        var name: String
        var file: String
        var shard: String
        var rowID: Int64
    }

    private let stars = [
        Star(name: "WASP-126", file: "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits", shard: "train-00006-of-00008", rowID: 5651),
        Star(name: "WASP-100", file: "tess2018206045859-s0001-0000000038846515-0120-s_lc.fits", shard: "train-00003-of-00008", rowID: 5641),
        Star(name: "WASP-62", file: "tess2018206045859-s0001-0000000149603524-0120-s_lc.fits", shard: "train-00006-of-00008", rowID: 5635),
    ]

    static func correlation(_ a: [Float], _ b: [Float]) -> Double {
        let n = Double(a.count)
        let ma = a.reduce(0.0) { $0 + Double($1) } / n, mb = b.reduce(0.0) { $0 + Double($1) } / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (x, y) in zip(a, b) {
            sab += (Double(x) - ma) * (Double(y) - mb)
            saa += (Double(x) - ma) * (Double(x) - ma)
            sbb += (Double(y) - mb) * (Double(y) - mb)
        }
        return sab / (saa * sbb).squareRoot()
    }

    func testViewsCorrelateWithTheTESSSetRecords() throws {
        var records: [String: [VettingRecord]] = [:]
        for star in stars {
            let fitsPath = "fits/tess/\(star.file)", recordPath = "tess-vetting/\(star.shard).tfrecord"
            guard let fitsURL = SharedData.url(fitsPath) else { throw XCTSkip(SharedData.missingMessage(fitsPath)) }
            guard let recordURL = SharedData.url(recordPath) else { throw XCTSkip(SharedData.missingMessage(recordPath)) }
            if records[star.shard] == nil { records[star.shard] = try VettingDataset.read(contentsOf: [recordURL]) }
            let record = try XCTUnwrap(records[star.shard]?.first { $0.rowID == star.rowID })
            let lightCurve = try LightCurveReader.read(contentsOf: fitsURL).normalized()
            let views = try TransitViews.make(lightCurve: lightCurve, period: record.features.period, epoch: record.epoch,
                                              duration: record.features.duration)
            let global = Self.correlation(views.global, record.views.global)
            let local = Self.correlation(views.local, record.views.local)
            let secondary = Self.correlation(views.secondaryView, record.views.secondary)
            print(String(format: "%@ (row %lld): correlation global %.4f local %.4f secondary %.4f",
                         star.name, star.rowID, global, local, secondary))
            // Measured (median-normalised PDCSAP, no detrending): global 0.985-0.998, local 0.994-0.997.
            XCTAssertGreaterThan(global, 0.95, star.name)
            XCTAssertGreaterThan(local, 0.97, star.name)
        }
    }
}
