import XCTest
@testable import ExoSim

final class TransitModelTests: XCTestCase {
    /// The occultation kernel agrees with batman to 1e-6 in flux at every stored separation,
    /// including z = 0, z = p, z = 1 − p, z = 1 + p, points 1e-9 around them, and p ≥ 1.
    func testOcculationMatchesBatman() throws {
        let reference = try BatmanReference.load()
        var worst = 0.0
        for set in reference.occultation {
            let ld = QuadraticOccultation(u1: set.u1, u2: set.u2)
            for (z, expected) in zip(set.z, set.flux) {
                let got = ld.flux(separation: z, radiusRatio: set.p)
                worst = max(worst, abs(got - expected))
                XCTAssertEqual(got, expected, accuracy: 1e-6, "p=\(set.p) z=\(z) u=(\(set.u1), \(set.u2))")
            }
        }
        print("worst occultation difference from batman: \(worst)")
    }

    /// Full light curves (circular, eccentric, grazing, large planet, long-cadence supersampling)
    /// agree with batman's TransitModel to 1e-6 in flux.
    func testLightCurvesMatchBatman() throws {
        let reference = try BatmanReference.load()
        for c in reference.lightcurves {
            let orbit = KeplerOrbit(period: c.period, epoch: c.t0, semiMajorAxis: c.a, inclinationDegrees: c.inc,
                                    eccentricity: c.ecc, periastronDegrees: c.w)
            let parameters = TransitParameters(orbit: orbit, radiusRatio: c.rp,
                                               limbDarkening: QuadraticOccultation(u1: c.u1, u2: c.u2))
            let exposure = c.supersample > 1 ? ExposureIntegration(exposureDays: c.exposure, samples: c.supersample) : .none
            let flux = TransitModel(parameters, exposure: exposure).flux(at: c.time)
            var worst = 0.0
            for (got, expected) in zip(flux, c.flux) { worst = max(worst, abs(got - expected)) }
            XCTAssertLessThan(worst, 1e-6, c.name)
            XCTAssertLessThan(c.flux.min() ?? 1, 1 - 1e-5, "\(c.name) has no transit in the reference")
        }
    }

    /// The flux is continuous across the special separations (no jump larger than the slope allows).
    func testContinuityAtSpecialSeparations() {
        let ld = QuadraticOccultation(u1: 0.4, u2: 0.25)
        for p in [0.05, 0.1, 0.5, 0.8, 1.2] {
            for s in [p, abs(1 - p), 1 + p] {
                let below = ld.flux(separation: s - 1e-9, radiusRatio: p)
                let at = ld.flux(separation: s, radiusRatio: p)
                let above = ld.flux(separation: s + 1e-9, radiusRatio: p)
                XCTAssertEqual(below, at, accuracy: 1e-7, "p=\(p) z=\(s)")
                XCTAssertEqual(above, at, accuracy: 1e-7, "p=\(p) z=\(s)")
            }
        }
    }

    /// Kepler's equation is solved to machine precision for high eccentricities.
    func testKeplerSolver() {
        for e in [0.0, 0.3, 0.9, 0.99] {
            for m in stride(from: -7.0, through: 7.0, by: 0.37) {
                let bigE = KeplerOrbit.eccentricAnomaly(meanAnomaly: m, eccentricity: e)
                var residual = (bigE - e * sin(bigE) - m).truncatingRemainder(dividingBy: 2 * .pi)
                if residual > .pi { residual -= 2 * .pi }
                if residual < -.pi { residual += 2 * .pi }
                XCTAssertEqual(residual, 0, accuracy: 1e-12, "e=\(e) M=\(m)")
            }
        }
    }

    /// The secondary eclipse of an eccentric orbit is shifted from phase 0.5 by about (2P/π) e cos ω.
    func testSecondaryEclipseShift() {
        let orbit = KeplerOrbit(period: 10, epoch: 0, semiMajorAxis: 20, inclinationDegrees: 90,
                                eccentricity: 0.05, periastronDegrees: 30)
        let expectedShift = 2 * 10 / Double.pi * 0.05 * cos(30 * Double.pi / 180)
        XCTAssertEqual(orbit.secondaryEclipseTime - 5, expectedShift, accuracy: 0.01)
        XCTAssertEqual(KeplerOrbit(period: 4, epoch: 1, semiMajorAxis: 9).secondaryEclipseTime, 3, accuracy: 1e-12)
    }
}
