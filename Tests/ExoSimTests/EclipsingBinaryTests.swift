import XCTest
@testable import ExoSim

final class EclipsingBinaryTests: XCTestCase {
    private func binary(t2: Double, k: Double = 0.5, b: Double = 0, third: Double = 0,
                        e: Double = 0, omega: Double = 90) -> EclipsingBinaryParameters {
        let orbit = KeplerOrbit(period: 4, epoch: 1, semiMajorAxis: 10, impactParameter: b,
                                eccentricity: e, periastronDegrees: omega)
        return EclipsingBinaryParameters(orbit: orbit, radiusRatio: k, primaryTemperature: 6000,
                                         secondaryTemperature: t2,
                                         primaryLimbDarkening: .init(u1: 0, u2: 0),
                                         secondaryLimbDarkening: .init(u1: 0, u2: 0),
                                         massRatio: 0, albedo: 0, thirdLightFraction: third)
    }

    /// Planck photon rate integrated over the band, computed independently of the model (midpoint rule).
    private func planck(_ t: Double, band: ClosedRange<Double>) -> Double {
        var sum = 0.0
        let n = 2000
        let step = (band.upperBound - band.lowerBound) / Double(n)
        for i in 0..<n {
            let lambda = (band.lowerBound + (Double(i) + 0.5) * step) * 1e-9  // m
            sum += 1 / (pow(lambda, 4) * (exp(6.626_070_15e-34 * 2.997_924_58e8 / (lambda * 1.380_649e-23 * t)) - 1))
        }
        return sum
    }

    /// With uniform discs and central eclipses of a smaller secondary (total occultation, full transit),
    /// the depth ratio secondary/primary equals the band surface-brightness ratio (Planck).
    func testSecondaryDepthRatioIsSurfaceBrightnessRatio() {
        for t2 in [3500.0, 4500, 6000] {
            let p = binary(t2: t2)
            let flux = EclipsingBinaryModel(p).flux(at: [0, 1, 3])
            let primary = 1 - flux[1] / flux[0], secondary = 1 - flux[2] / flux[0]
            let expected = planck(t2, band: 420...900) / planck(6000, band: 420...900)
            XCTAssertEqual(secondary / primary, expected, accuracy: 1e-4 * expected, "T2=\(t2)")
            XCTAssertEqual(p.surfaceBrightnessRatio, expected, accuracy: 1e-4 * expected)
        }
        // Cooler secondaries give shallower secondary eclipses; equal temperatures equal depths.
        let cool = EclipsingBinaryModel(binary(t2: 3500)).flux(at: [3])[0]
        let warm = EclipsingBinaryModel(binary(t2: 5000)).flux(at: [3])[0]
        XCTAssertGreaterThan(cool, warm)
    }

    /// Third light dilutes both eclipses by the same factor: depth × (1 − f).
    func testThirdLightDilutes() {
        let undiluted = EclipsingBinaryModel(binary(t2: 5000)).flux(at: [0, 1])
        let diluted = EclipsingBinaryModel(binary(t2: 5000, third: 0.9)).flux(at: [0, 1])
        XCTAssertEqual(1 - diluted[1] / diluted[0], 0.1 * (1 - undiluted[1] / undiluted[0]), accuracy: 1e-9)
        let p = binary(t2: 5000)
        let f = StarSimulator.thirdLight(forDepth: 0.005, binary: p)
        var q = p
        q.thirdLightFraction = f
        let flux = EclipsingBinaryModel(q).flux(at: [0, 1])
        XCTAssertEqual(1 - flux[1] / flux[0], 0.005, accuracy: 1e-9)
    }

    /// An eccentric orbit moves the secondary eclipse away from phase 0.5 by ~(2P/π) e cos ω.
    func testEccentricSecondaryShift() {
        let p = binary(t2: 5000, e: 0.1, omega: 0)
        let expected = 1 + 2 + 2 * 4 / Double.pi * 0.1
        XCTAssertEqual(p.orbit.secondaryEclipseTime, expected, accuracy: 0.01)
        let model = EclipsingBinaryModel(p)
        let flux = model.flux(at: [0, p.orbit.secondaryEclipseTime, 3.0])
        XCTAssertLessThan(flux[1], flux[0] - 0.01)  // in eclipse at the shifted time
        XCTAssertEqual(flux[2], flux[0], accuracy: 1e-9)  // not at phase 0.5
    }

    /// A grazing eclipse is V-shaped: no flat bottom, the flux keeps changing through mid-eclipse.
    func testGrazingEclipseIsVShaped() {
        let grazing = EclipsingBinaryModel(binary(t2: 5000, k: 0.5, b: 1.3))
        let total = EclipsingBinaryModel(binary(t2: 5000, k: 0.5, b: 0))
        let dt = 0.01
        let g = grazing.flux(at: [1, 1 + dt, 1 + 2 * dt])
        let t = total.flux(at: [1, 1 + dt, 1 + 2 * dt])
        XCTAssertLessThan(g[0], g[1])
        XCTAssertLessThan(g[1], g[2])
        XCTAssertGreaterThan(g[1] - g[0], 1e-4)
        XCTAssertEqual(t[1], t[0], accuracy: 1e-12)  // flat bottom of the central uniform transit
    }

    /// Ellipsoidal variation has minima at conjunctions and maxima at quadratures.
    func testEllipsoidalVariation() {
        var p = binary(t2: 5000)
        p.massRatio = 1
        p.orbit.semiMajorAxis = 4
        let flux = EclipsingBinaryModel(p).flux(at: [1 + 1.0, 1 + 1.0 - 0.3, 1 + 0.35])  // quadrature, ..., near conjunction
        XCTAssertGreaterThan(flux[0], flux[2])
    }
}
