import ExoDiagnostics
import ExoLightCurve
import ExoTestSupport
import XCTest
@testable import ExoSearch

/// The search on the shared real light curves with known planets and binaries
/// (`../shared/data/targets.csv`; periods from the NASA Exoplanet Archive as listed there).
final class KnownPlanetSearchTests: XCTestCase {
    func search(_ paths: [String], configuration: TransitSearchConfiguration = .init()) throws -> TransitSearchResult {
        let urls = try paths.map { path -> URL in
            guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
            return url
        }
        let lc = urls.count == 1 ? try LightCurveReader.read(contentsOf: urls[0]) : try LightCurveReader.read(contentsOf: urls)
        return try TransitSearch(configuration: configuration).run(on: lc)
    }

    /// The first signal's period is within 0.1% of `period`.
    func assertFirstSignal(_ path: String, period: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let first = try XCTUnwrap(try search([path]).signals.first, file: file, line: line)
        XCTAssertEqual(first.period, period, accuracy: 1e-3 * period, path, file: file, line: line)
    }

    func testHATP7() throws {
        try assertFirstSignal("fits/kepler/kplr010666592-2009131110544_slc.fits", period: 2.204737)
    }

    func testWASP126SPOC() throws {
        try assertFirstSignal("fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits", period: 3.28880)
    }

    func testWASP126DataAlerts() throws {
        try assertFirstSignal("fits/tess/hlsp_tess-data-alerts_tess_phot_00025155310-s01_tess_v1_lc.fits", period: 3.28880)
    }

    func testWASP100() throws {
        try assertFirstSignal("fits/tess/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits", period: 2.849375)
    }

    func testWASP62() throws {
        try assertFirstSignal("fits/tess/tess2018206045859-s0001-0000000149603524-0120-s_lc.fits", period: 4.411953)
    }

    func testKepler10bFromPixelFile() throws {
        try assertFirstSignal("fits/kepler/kplr011904151-2010009091648_lpd-targ.fits", period: 0.837495)
    }

    func testKepler90bAndcWithinFirstFiveSignalsOfThreeQuarters() throws {
        let result = try search([
            "fits/kepler/kplr011442793-2009350155506_llc.fits", "fits/kepler/kplr011442793-2010009091648_llc.fits",
            "fits/kepler/kplr011442793-2010174085026_llc.fits",
        ])
        let periods = result.signals.prefix(5).map(\.period)
        for known in [7.00815, 8.71938] {
            XCTAssertTrue(periods.contains { abs($0 - known) < 1e-3 * known }, "\(known) d not in \(periods); rejected \(result.rejected.map { ($0.period ?? 0, $0.reason) })")
        }
        // The deep lone transits of g and h are masked as single events, not reported.
        XCTAssertFalse(result.rejected.isEmpty)
    }

    func testK23b() throws {
        let result = try search(["fits/k2/hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits"])
        let first = try XCTUnwrap(result.signals.first)
        XCTAssertEqual(first.period, 10.054, accuracy: 1e-3 * 10.054)
        // K2-3 c (24.646 d) is found as well.
        XCTAssertTrue(result.signals.contains { abs($0.period - 24.646) < 0.03 })
    }

    /// Only three transits in 10 days (500 cadences): its SDE (8.1) is the periodogram's highest peak,
    /// above the default threshold of this short search (1.125 ln 761 = 7.46 for its 761 trial
    /// periods; under 1% of white-noise curves reach it); the flat star gives nothing.
    func testSyntheticK2PlanetFoundAndFlatStarEmpty() throws {
        let result = try search(["fits/edge/synthetic-k2-planet.targ.fits.gz"])
        let periodogram = result.periodogram
        let peak = try XCTUnwrap(periodogram.sde.indices.max { periodogram.sde[$0] < periodogram.sde[$1] })
        XCTAssertEqual(periodogram.periods[peak], 5.0, accuracy: 0.05)
        let planet = try XCTUnwrap(result.signals.first, "rejected: \(result.rejected.map(\.reason))")
        XCTAssertEqual(planet.period, 5.0, accuracy: 0.01)  // 0.2%
        XCTAssertGreaterThanOrEqual(planet.sde, result.sdeThreshold)
        XCTAssertEqual(try search(["fits/edge/synthetic-k2-flat.targ.fits.gz"]).signals, [])
    }

    func testEclipsingBinariesFoundAtPeriodOrHalfAndFlagged() throws {
        let binaries = [
            ("fits/eb/tess2018292075959-s0004-0000000098853987-0124-s_lc.fits", 2.7284),
            ("fits/eb/tess2020106103520-s0024-0000000199574208-0180-s_lc.fits", 1.2684),
            ("fits/eb/hlsp_k2sff_k2_lightcurve_221312395-c92_kepler_v1_llc.fits", 3.2245),
        ]
        for (path, period) in binaries {
            let first = try XCTUnwrap(try search([path]).signals.first, path)
            let ratio = first.period / period
            XCTAssertTrue(abs(ratio - 1) < 2e-3 || abs(ratio - 0.5) < 2e-3, "\(path): \(first.period) d")
            XCTAssertTrue(first.flags.contains(where: \.isBinaryEvidence),
                          "\(path): flags \(first.flags)")
        }
    }
}
