import ExoLightCurve
import ExoTestSupport
import XCTest

/// Stitching keeps one product per stretch of time (``ProductSelection``).
final class ProductSelectionTests: XCTestCase {
    /// A light curve of one star: `count` cadences every `cadence` days from `start`, flux `level`.
    private func part(_ product: String, file: String, start: Double, count: Int, cadence: Double,
                      mission: Mission = .tess, segment: Int = 1, level: Double = 1000) -> LightCurve {
        let time = (0..<count).map { start + Double($0) * cadence }
        return LightCurve(time: time, flux: [Double](repeating: level, count: count), metadata: LightCurveMetadata(
            mission: mission, targetID: "TIC 1", segment: segment, cadenceDays: cadence, product: product,
            sources: [file]))
    }

    func testOverlappingProductsOfOneSectorAreStitchedOnce() throws {
        let spoc = part("TESS SPOC 2-min light curve", file: "/d/spoc.fits", start: 1325, count: 1000, cadence: 2.0 / 1440)
        let alerts = part("TESS-DATA-ALERTS HLSP light curve", file: "/d/alerts.fits", start: 1325.001, count: 990,
                          cadence: 2.0 / 1440)
        let ffi = part("TESS FFI 30-min light curve", file: "/d/ffi.fits", start: 1325, count: 60, cadence: 30.0 / 1440)
        for order in [[alerts, spoc, ffi], [ffi, alerts, spoc], [spoc, ffi, alerts]] {
            let stitched = try LightCurveStitcher.stitch(order)
            XCTAssertEqual(stitched.count, 1000)
            XCTAssertEqual(stitched.metadata.sources, ["/d/spoc.fits"])
            XCTAssertEqual(Set(stitched.metadata.setAside.map(\.file)), ["/d/alerts.fits", "/d/ffi.fits"])
            for entry in stitched.metadata.setAside {
                XCTAssertTrue(entry.reason.contains("same stretch of time (sector 1) as spoc.fits"), entry.reason)
            }
        }
    }

    func testSPOCFullFrameIsPreferredToAnotherFullFrameHLSPAndTwoMinuteToFullFrame() throws {
        let twoMinute = part("TESS SPOC 2-min light curve", file: "/d/a.fits", start: 0, count: 100, cadence: 2.0 / 1440)
        let ffi = part("TESS SPOC FFI 10-min light curve", file: "/d/b.fits", start: 0, count: 20, cadence: 10.0 / 1440)
        XCTAssertEqual(ProductSelection.select([ffi, twoMinute]).kept, [1])
        XCTAssertTrue(try XCTUnwrap(ProductSelection.select([ffi, twoMinute]).setAside.first).reason
            .contains("2-min cadence is preferred"))
    }

    func testKeplerLongCadenceIsPreferredToShortCadenceOfTheSameMonth() throws {
        let long = part("Kepler long-cadence light curve", file: "/d/llc.fits", start: 350, count: 4000,
                        cadence: 29.4 / 1440, mission: .kepler, segment: 4)
        let short = part("Kepler short-cadence light curve", file: "/d/slc.fits", start: 360, count: 40000,
                         cadence: 0.98 / 1440, mission: .kepler, segment: 4)
        let stitched = try LightCurveStitcher.stitch([short, long])
        XCTAssertEqual(stitched.metadata.sources, ["/d/llc.fits"])
        XCTAssertTrue(try XCTUnwrap(stitched.metadata.setAside.first).reason.contains("long cadence is preferred"))
    }

    func testSectorsThatDoNotOverlapAreAllKept() throws {
        let cadence = 2.0 / 1440
        let first = part("TESS SPOC 2-min light curve", file: "/d/s1.fits", start: 0, count: 100, cadence: cadence)
        // Starts on the first one's last cadence: one shared cadence is not an overlap.
        let second = part("TESS SPOC 2-min light curve", file: "/d/s2.fits", start: 99 * cadence, count: 100,
                          cadence: cadence, segment: 2, level: 2000)
        let stitched = try LightCurveStitcher.stitch([second, first])
        XCTAssertEqual(stitched.count, 200)
        XCTAssertEqual(stitched.metadata.sources, ["/d/s2.fits", "/d/s1.fits"])
        XCTAssertTrue(stitched.metadata.setAside.isEmpty)
        XCTAssertEqual(stitched.flux.max() ?? 0, 1, accuracy: 1e-12)  // each normalised by its own median
    }

    func testTwoCopiesOfOneFileCountEachCadenceOnce() throws {
        let copy = part("TESS SPOC 2-min light curve", file: "/d/one.fits", start: 0, count: 100, cadence: 2.0 / 1440)
        var other = copy
        other.metadata.sources = ["/e/one.fits"]
        let stitched = try LightCurveStitcher.stitch([copy, other])
        XCTAssertEqual(stitched.count, 100)
        XCTAssertEqual(stitched.metadata.setAside.map(\.file), ["/e/one.fits"])
        XCTAssertTrue(stitched.metadata.setAside[0].reason.contains("equal preference"), stitched.metadata.setAside[0].reason)
    }

    func testWASP126SPOCAndDataAlertsReadTogetherKeepTheSPOCFile() throws {
        let paths = ["fits/tess/hlsp_tess-data-alerts_tess_phot_00025155310-s01_tess_v1_lc.fits",
                     "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"]
        let urls = paths.compactMap(SharedData.url)
        guard urls.count == 2 else { throw XCTSkip(SharedData.missingMessage(paths[0])) }
        let spoc = try LightCurveReader.read(contentsOf: urls[1])
        let both = try LightCurveReader.read(contentsOf: urls)
        XCTAssertEqual(both.count, spoc.count)
        XCTAssertEqual(both.metadata.sources, [urls[1].path])
        XCTAssertEqual(both.metadata.setAside.map(\.file), [urls[0].path])
        XCTAssertTrue(both.metadata.setAside[0].reason.contains("mission pipeline product is preferred"))
    }
}
