import ExoRandom
import Foundation
import XCTest

import ExoBasics
@testable import ExoDiagnostics

/// The per-transit rows of a signal and the period and epoch errors made from them.
final class TransitMeasurementTests: XCTestCase {
    /// 27 days at 10-minute cadence with a gap from day 9.5 to 14, white noise 1e-3, a 0.1-day box every 3 days
    /// from day 1, 1e-3 deep except the 7th transit (day 19), 3e-3 deep.
    func testOneRowPerExpectedTransitWithItsOwnDepthAndTheGapMarked() throws {
        var rng = SeededGenerator(seed: 7)
        var time: [Double] = [], flux: [Double] = []
        for i in 0..<(27 * 144) {
            let t = Double(i) / 144
            guard t < 9.5 || t > 14 else { continue }
            let k = Int(((t - 1) / 3).rounded())
            let depth = k == 6 ? 3e-3 : 1e-3
            time.append(t)
            flux.append(1 + 1e-3 * rng.nextGaussian() - (abs(t - 1 - 3 * Double(k)) < 0.05 ? depth : 0))
        }
        let ephemeris = Ephemeris(period: 3, epoch: 1, duration: 0.1)
        let rows = TransitDiagnoser(time: time, flux: flux, sigma: 1e-3).transits(ephemeris)
        XCTAssertEqual(rows.map(\.epoch), stride(from: 1.0, through: 25, by: 3).map { $0 })
        let gap = rows.filter { !$0.inData }
        XCTAssertEqual(gap.map(\.epoch), [10, 13])
        XCTAssertTrue(gap.allSatisfy { $0.points == 0 && $0.depth == nil && $0.snr == nil })
        for row in rows where row.inData {
            XCTAssertEqual(Double(row.points), 14.4, accuracy: 1, "\(row)")
            let depth = try XCTUnwrap(row.depth), error = try XCTUnwrap(row.depthError)
            XCTAssertEqual(error, 1e-3 / Double(row.points).squareRoot(), accuracy: 1e-4)
            XCTAssertEqual(depth, row.epoch == 19 ? 3e-3 : 1e-3, accuracy: 4 * error, "\(row)")
            XCTAssertEqual(try XCTUnwrap(row.snr), depth / error, accuracy: 1e-9)
        }
        // JSON: every key written, null for a transit in the gap.
        let json = String(decoding: try JSONEncoder().encode(gap[0]), as: UTF8.self)
        XCTAssertTrue(json.contains("\"depth\":null") && json.contains("\"in_data\":false"), json)
        XCTAssertEqual(try JSONDecoder().decode(TransitMeasurement.self, from: Data(json.utf8)), gap[0])
    }

    /// Nine equal transits: the weighted fit reduces to the textbook errors of a straight line through
    /// equally good points, σ_P = σ₁ √(12 / (N (N² − 1))) and, at transit 0, σ₁ √(1/N + n̄² / Σ(n − n̄)²).
    func testTimingErrorsOfEqualTransitsFollowTheStraightLineFit() throws {
        let ephemeris = Ephemeris(period: 3, epoch: 1, duration: 0.1)
        let rows = (0..<9).map { TransitMeasurement(epoch: 1 + 3 * Double($0), depth: 0.01, depthError: 0.001, points: 15) }
        let errors = TransitTiming.errors(ephemeris, depth: 0.01, snr: 30, transits: rows)
        // Each transit carries SNR 30/3 = 10; ingress over duration k/(1+k) with k = 0.1.
        let single = 0.1 / 10 * ((0.1 / 1.1) / 2).squareRoot()
        XCTAssertEqual(try XCTUnwrap(errors.period), single * (12.0 / (9 * 80)).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(errors.epoch), single * (1.0 / 9 + 16.0 / 60).squareRoot(), accuracy: 1e-12)
        // One transit with data (the rest in gaps): its time only.
        let lone = [rows[0]] + rows.dropFirst().map { TransitMeasurement(epoch: $0.epoch, depth: nil, depthError: nil, points: 0) }
        let one = TransitTiming.errors(ephemeris, depth: 0.01, snr: 10, transits: lone)
        XCTAssertNil(one.period)
        XCTAssertEqual(try XCTUnwrap(one.epoch), single, accuracy: 1e-12)
    }
}
