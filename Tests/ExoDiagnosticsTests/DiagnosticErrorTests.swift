import ExoRandom
import Foundation
import XCTest

import ExoBasics
@testable import ExoDiagnostics

/// The errors behind the diagnostics: the red-noise factor β (1 for white noise, above 1 when the
/// flux wanders on the time scale of a transit) and the odd/even error, which one disturbed transit
/// must not turn into a binary's signature.
final class DiagnosticErrorTests: XCTestCase {
    /// 27 days at 10-minute cadence, white noise 1e-3, a box transit every 3 d lasting 0.1 d (epoch 1;
    /// transit k has depth `depth(k)`), plus `wander` times three sinusoids with periods of 0.2-0.5 d.
    private func diagnose(wander: Double, seed: UInt64, depth: (Int) -> Double = { _ in 1e-3 }) -> TransitDiagnostics {
        var rng = SeededGenerator(seed: seed)
        let phases = (0..<3).map { _ in 2 * Double.pi * rng.nextUniform() }
        var time: [Double] = [], flux: [Double] = []
        var t = 0.0
        while t < 27 {
            let k = Int(((t - 1) / 3).rounded())
            var f = 1 + 1e-3 * rng.nextGaussian() - (abs(t - 1 - 3 * Double(k)) < 0.05 ? depth(k) : 0)
            for (i, period) in [0.2, 0.33, 0.5].enumerated() { f += wander * sin(2 * Double.pi * t / period + phases[i]) }
            time.append(t)
            flux.append(f)
            t += 10.0 / 1440
        }
        let diagnoser = TransitDiagnoser(time: time, flux: flux, sigma: 1e-3)
        return diagnoser.diagnose(Ephemeris(period: 3, epoch: 1, duration: 0.1), stellarDensity: 1)
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
        let beta = try XCTUnwrap(red.redNoiseFactor), whiteBeta = try XCTUnwrap(white.redNoiseFactor)
        XCTAssertGreaterThan(beta, 1.5)
        // The same points in each segment, so the segment depth errors grow by exactly β.
        let whiteError = try XCTUnwrap(white.depthConsistency.segmentDepthErrors.first)
        let redError = try XCTUnwrap(red.depthConsistency.segmentDepthErrors.first)
        XCTAssertEqual(redError / whiteError, beta / whiteBeta, accuracy: 1e-9)
    }

    func testOneDisturbedTransitIsNotAnOddEvenDifference() throws {
        // Transit 5 (odd) seven times as deep as the other eight: with white-noise errors alone this
        // reads as ~10 sigma; the scatter of the odd transits' depths now sets the error.
        let disturbed = diagnose(wander: 0, seed: 2) { $0 == 5 ? 7e-3 : 1e-3 }
        XCTAssertLessThan(try XCTUnwrap(disturbed.oddEven.sigma), 3)
        // A binary whose odd eclipses are three times as deep as its even ones stays plain.
        let binary = diagnose(wander: 0, seed: 2) { $0 % 2 == 1 ? 3e-3 : 1e-3 }
        XCTAssertGreaterThan(try XCTUnwrap(binary.oddEven.sigma), 8)
    }
}
