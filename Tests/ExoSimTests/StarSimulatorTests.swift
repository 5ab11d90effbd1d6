import ExoBasics
import ExoLightCurve
import XCTest
@testable import ExoSim

final class StarSimulatorTests: XCTestCase {
    /// The same seed gives the same light curve, a different seed a different one.
    func testDeterministic() throws {
        for kind in StarKind.allCases {
            let a = try StarSimulator(kind: kind, mission: .tess, seed: 11).simulate()
            let b = try StarSimulator(kind: kind, mission: .tess, seed: 11).simulate()
            let c = try StarSimulator(kind: kind, mission: .tess, seed: 12).simulate()
            XCTAssertEqual(a.lightCurve.flux, b.lightCurve.flux, "\(kind)")
            XCTAssertEqual(a.truth, b.truth, "\(kind)")
            XCTAssertNotEqual(a.lightCurve.flux, c.lightCurve.flux, "\(kind)")
        }
    }

    /// TESS sectors: 2-min cadence, a mid-sector gap, momentum dumps flagged with bit 32.
    func testTessSectorLayout() throws {
        let star = try StarSimulator(kind: .quiet, mission: .tess, seed: 1).simulate()
        let lc = star.lightCurve
        let steps = zip(lc.time.dropFirst(), lc.time).map { $0 - $1 }
        XCTAssertEqual(steps.min() ?? 0, 2.0 / 1440, accuracy: 1e-9)
        XCTAssertGreaterThan(steps.max() ?? 0, 0.9)  // the downlink gap
        XCTAssertGreaterThan(lc.count, 18_000)
        XCTAssertEqual(lc.quality.filter { $0 & 32 != 0 }.count, 9)  // every 3.125 d from 1.5625 d
        XCTAssertEqual(lc.metadata.mission, .tess)
    }

    /// Kepler quarters: 29.4-min cadence, two monthly gaps, ~4,200 cadences.
    func testKeplerQuarterLayout() throws {
        let lc = try StarSimulator(kind: .quiet, mission: .kepler, seed: 1).simulate().lightCurve
        let steps = zip(lc.time.dropFirst(), lc.time).map { $0 - $1 }
        XCTAssertEqual(steps.filter { $0 > 0.5 }.count, 2)
        XCTAssertGreaterThan(lc.count, 4_000)
    }

    /// The white noise of a quiet star matches the noise model, and the per-cadence errors say so.
    func testNoiseLevel() throws {
        let star = try StarSimulator(kind: .quiet, mission: .tess, seed: 3,
                                     parameters: .init(magnitude: 10)).simulate()
        let lc = star.lightCurve.normalized()
        // Point-to-point scatter removes the slow granulation.
        let diffs = zip(lc.flux.dropFirst(), lc.flux).map { $0 - $1 }.map(abs)
        let robust = RobustStatistics.median(diffs) / 0.6745 / 2.0.squareRoot() * 1.0
        XCTAssertEqual(robust, star.truth.noisePerCadence, accuracy: 0.1 * star.truth.noisePerCadence)
        XCTAssertEqual(star.truth.noisePerCadence, 8.6e-4, accuracy: 1e-4)
    }

    /// A planet with a given depth shows that depth, at the epochs of the truth.
    func testPlanetDepthAndEphemeris() throws {
        let star = try StarSimulator(kind: .planet, mission: .tess, seed: 5,
                                     parameters: .init(period: 3.5, depth: 0.01, impactParameter: 0.2)).simulate()
        let truth = try XCTUnwrap(star.truth.ephemeris)
        XCTAssertEqual(truth.depth, 0.01, accuracy: 1e-9)
        XCTAssertEqual(truth.period, 3.5)
        let minimum = star.signal.min() ?? 1
        XCTAssertEqual(1 - minimum, 0.01, accuracy: 5e-4)
        let noiseless = try StarSimulator(kind: .planet, mission: .tess, seed: 5,
                                          parameters: .init(period: 3.5, depth: 0.01, impactParameter: 0.2, addNoise: false)).simulate()
        XCTAssertEqual(noiseless.truth.ephemeris, truth)
        let lc = noiseless.lightCurve.normalized()
        let lowest = lc.flux.indices.min { lc.flux[$0] < lc.flux[$1] } ?? 0
        var phase = (lc.time[lowest] - truth.epoch) / truth.period
        phase -= phase.rounded()
        XCTAssertEqual(phase * truth.period, 0, accuracy: 0.002)
    }

    /// Eclipsing binaries carry both eclipses in the truth; diluted ones reach planet-like depths.
    func testBinaryTruth() throws {
        let star = try StarSimulator(kind: .eb, mission: .kepler, seed: 9,
                                     parameters: .init(period: 2.5, impactParameter: 0.3, thirdLightFraction: 0.95)).simulate()
        let primary = try XCTUnwrap(star.truth.ephemeris)
        let secondary = try XCTUnwrap(star.truth.secondaryEclipse)
        XCTAssertLessThan(primary.depth, 0.05)
        XCTAssertGreaterThan(primary.depth, secondary.depth)
        XCTAssertEqual(star.truth.label, "EB")
    }

    /// Out-of-range parameters are rejected with a message naming them.
    func testInvalidParameters() {
        XCTAssertThrowsError(try StarSimulator(kind: .planet, mission: .tess, seed: 1,
                                               parameters: .init(period: -2)).simulate()) { error in
            XCTAssertEqual("\(error)", "period must be positive (days), got -2.0")
        }
    }
}
