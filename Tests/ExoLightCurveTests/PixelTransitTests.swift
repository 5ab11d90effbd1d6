import ExoBasics
import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

/// Aperture photometry from the Kepler pixel files shows the known transits.
/// Ephemerides: Kepler DR24 TCE table (../shared/data/catalogs/dr24_tce.csv).
final class PixelTransitTests: XCTestCase {
    struct TransitMeasurement {
        var depth: Double
        var significance: Double
        var inTransit: Int
    }

    /// Divides by a running median of `windowDays`, folds on the ephemeris and compares the mean
    /// in-transit flux (|phase| < 0.4 duration) with the out-of-transit median (|phase| > duration).
    func measure(_ lc: LightCurve, period: Double, epoch: Double, durationDays: Double, windowDays: Double) -> TransitMeasurement {
        let n = lc.count
        var detrended = [Double](repeating: .nan, count: n)
        var lo = 0, hi = 0
        for i in 0..<n {
            while lc.time[lo] < lc.time[i] - windowDays / 2 { lo += 1 }
            while hi < n && lc.time[hi] <= lc.time[i] + windowDays / 2 { hi += 1 }
            detrended[i] = lc.flux[i] / RobustStatistics.median(Array(lc.flux[lo..<hi]))
        }
        var inside: [Double] = [], outside: [Double] = []
        for i in 0..<n {
            var phase = (lc.time[i] - epoch).truncatingRemainder(dividingBy: period)
            if phase > period / 2 { phase -= period }
            if phase < -period / 2 { phase += period }
            if abs(phase) < 0.4 * durationDays { inside.append(detrended[i]) }
            else if abs(phase) > durationDays { outside.append(detrended[i]) }
        }
        let baseline = RobustStatistics.median(outside)
        let mean = outside.reduce(0, +) / Double(outside.count)
        let scatter = (outside.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(outside.count - 1)).squareRoot()
        let depth = baseline - inside.reduce(0, +) / Double(max(1, inside.count))
        return TransitMeasurement(depth: depth, significance: depth / (scatter / Double(max(1, inside.count)).squareRoot()),
                                  inTransit: inside.count)
    }

    func testKepler10bTransitsInPixelFile() throws {
        let path = "fits/kepler/kplr011904151-2010009091648_lpd-targ.fits"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let lc = try LightCurveReader.read(contentsOf: url)
        let b = measure(lc, period: 0.837479, epoch: 131.583, durationDays: 1.544 / 24, windowDays: 0.75)
        print("Kepler-10 b: depth \(b.depth * 1e6) ppm, \(b.significance) sigma, \(b.inTransit) points")
        XCTAssertEqual(b.depth * 1e6, 160, accuracy: 60, "published depth about 150-200 ppm")
        XCTAssertGreaterThan(b.significance, 7)
        // Folding at a wrong period gives nothing.
        let wrong = measure(lc, period: 0.6131, epoch: 131.583, durationDays: 1.544 / 24, windowDays: 0.75)
        XCTAssertLessThan(abs(wrong.significance), 4)
    }

    func testKOI608TransitsInGzipPixelFile() throws {
        let path = "fits/kepler/kplr005562784-2011271113734_lpd-targ.fits.gz"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let lc = try LightCurveReader.read(contentsOf: url)
        let koi = measure(lc, period: 25.3372, epoch: 142.238, durationDays: 9.714 / 24, windowDays: 2.5)
        print("KOI-608.01: depth \(koi.depth * 1e6) ppm, \(koi.significance) sigma, \(koi.inTransit) points")
        XCTAssertEqual(koi.depth * 1e6, 2000, accuracy: 1000, "DR24 depth 2555 ppm (diluted differently in the optimal aperture)")
        XCTAssertGreaterThan(koi.significance, 5)
    }
}
