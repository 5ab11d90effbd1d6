import ExoRandom
import Foundation
import XCTest

@testable import ExoSearch

/// The red-noise factor β of the diagnostics: 1 for white noise, above 1 when the flux wanders on
/// the time scale of a transit, and every depth error scales with it.
final class RedNoiseFactorTests: XCTestCase {
    /// 27 days at 10-minute cadence, white noise 1e-3, a 1e-3 box transit every 3 d lasting 0.1 d,
    /// plus `wander` times three sinusoids with periods of 0.2-0.5 d.
    private func diagnose(wander: Double, seed: UInt64) -> TransitDiagnostics {
        var rng = SeededGenerator(seed: seed)
        let phases = (0..<3).map { _ in 2 * Double.pi * rng.nextUniform() }
        var time: [Double] = [], flux: [Double] = []
        var t = 0.0
        while t < 27 {
            let offset = (t - 1.0).truncatingRemainder(dividingBy: 3)
            var f = 1 + 1e-3 * rng.nextGaussian() - (abs(offset) < 0.05 || abs(offset - 3) < 0.05 ? 1e-3 : 0)
            for (k, period) in [0.2, 0.33, 0.5].enumerated() { f += wander * sin(2 * Double.pi * t / period + phases[k]) }
            time.append(t)
            flux.append(f)
            t += 10.0 / 1440
        }
        let diagnoser = TransitDiagnoser(time: time, flux: flux, sigma: 1e-3)
        return diagnoser.diagnose(period: 3, epoch: 1, duration: 0.1, depth: 1e-3, stellarDensity: 1).0
    }

    func testWhiteNoiseGivesOne() throws {
        for seed: UInt64 in 1...3 {
            let beta = try XCTUnwrap(diagnose(wander: 0, seed: seed).redNoiseFactor)
            XCTAssertLessThan(beta, 1.15, "seed \(seed)")
            XCTAssertGreaterThanOrEqual(beta, 1)
        }
    }

    func testCorrelatedNoiseRaisesTheErrors() throws {
        let white = diagnose(wander: 0, seed: 1), red = diagnose(wander: 7e-4, seed: 1)
        let beta = try XCTUnwrap(red.redNoiseFactor)
        XCTAssertGreaterThan(beta, 1.5)
        // The same points per parity, so the odd-depth error grows by exactly β over the white one.
        let whiteError = try XCTUnwrap(white.oddEven.oddDepthError), redError = try XCTUnwrap(red.oddEven.oddDepthError)
        let whiteBeta = try XCTUnwrap(white.redNoiseFactor)
        XCTAssertEqual(redError / whiteError, beta / whiteBeta, accuracy: 1e-9)
    }
}
