import Foundation
import XCTest
@testable import ExoSearch

/// The periodogram equals astropy's `BoxLeastSquares.power` on the same light curve, grid and
/// durations (reference from `scripts/make_bls_fixture.py`, astropy 8.0.2).
final class BoxLeastSquaresAstropyTests: XCTestCase {
    struct Reference: Decodable {
        struct Run: Decodable {
            struct Best: Decodable {
                var period, power, depth, depth_err, duration, transit_time, depth_snr, log_likelihood: Double
            }
            var power: [Double]
            var transit_time: [Double]
            var best: Best
        }
        struct Weighting: Decodable {
            var periods: [Double]
            var likelihood: Run
            var snr: Run
        }
        var time, flux, flux_err, durations: [Double]
        var weighted, unweighted: Weighting
    }

    static func reference() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/bls_reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    func testEqualsAstropyForBothObjectivesWeightingsAndBinnings() throws {
        let ref = try Self.reference()
        for (weighted, expected) in [(true, ref.weighted), (false, ref.unweighted)] {
            let bls = try BoxLeastSquares(time: ref.time, flux: ref.flux, fluxError: weighted ? ref.flux_err : nil)
            for objective in BLSObjective.allCases {
                let run = objective == .likelihood ? expected.likelihood : expected.snr
                for binning in [BLSBinning.points, .edges] {
                    for threads in [1, 2] {
                        let result = try bls.power(periods: expected.periods, durations: ref.durations,
                                                   objective: objective, oversample: 10, threads: threads,
                                                   binning: binning)
                        let label = "weighted \(weighted) \(objective) \(binning) threads \(threads)"
                        var worst = 0.0
                        for i in run.power.indices {
                            worst = max(worst, abs(result.power[i] - run.power[i]) / abs(run.power[i]))
                        }
                        XCTAssertLessThan(worst, 1e-6, label)
                        let best = try XCTUnwrap(result.bestIndex)
                        XCTAssertEqual(result.periods[best], run.best.period, label)
                        XCTAssertEqual(result.depth[best], run.best.depth, accuracy: 1e-9, label)
                        XCTAssertEqual(result.depthError[best], run.best.depth_err, accuracy: 1e-9 * run.best.depth_err, label)
                        XCTAssertEqual(result.duration[best], run.best.duration, accuracy: 1e-12, label)
                        XCTAssertEqual(result.transitTime[best], run.best.transit_time, accuracy: 1e-9, label)
                        XCTAssertEqual(result.depthSNR[best], run.best.depth_snr, accuracy: 1e-6 * run.best.depth_snr, label)
                        XCTAssertEqual(result.logLikelihood[best], run.best.log_likelihood,
                                       accuracy: 1e-6 * run.best.log_likelihood, label)
                    }
                }
            }
        }
    }

    /// Every point twice (cells then hold two points, the lookups' general path): the same boxes
    /// with twice the weight, so twice astropy's log-likelihood power, for both binning methods.
    func testDuplicatedPointsGiveTwiceTheLikelihoodPower() throws {
        let ref = try Self.reference()
        let time = ref.time.flatMap { [$0, $0] }, flux = ref.flux.flatMap { [$0, $0] }
        let errors = ref.flux_err.flatMap { [$0, $0] }
        let single = BLSEngine(time: ref.time, flux: ref.flux, inverseVariance: ref.flux_err.map { 1 / ($0 * $0) },
                               durations: ref.durations, oversample: 10, maxPeriod: ref.weighted.periods.max()!)
        let double = BLSEngine(time: time, flux: flux, inverseVariance: errors.map { 1 / ($0 * $0) },
                               durations: ref.durations, oversample: 10, maxPeriod: ref.weighted.periods.max()!)
        XCTAssertTrue(single.cellsHoldOnePoint)
        XCTAssertFalse(double.cellsHoldOnePoint)
        let bls = try BoxLeastSquares(time: time, flux: flux, fluxError: errors)
        let run = ref.weighted.likelihood
        for binning in [BLSBinning.points, .edges] {
            let result = try bls.power(periods: ref.weighted.periods, durations: ref.durations, objective: .likelihood,
                                       oversample: 10, threads: 1, binning: binning)
            var worst = 0.0
            for i in run.power.indices {
                worst = max(worst, abs(result.power[i] / 2 - run.power[i]) / abs(run.power[i]))
            }
            XCTAssertLessThan(worst, 1e-6, "\(binning)")
            let best = try XCTUnwrap(result.bestIndex)
            XCTAssertEqual(result.periods[best], run.best.period, "\(binning)")
            XCTAssertEqual(result.depth[best], run.best.depth, accuracy: 1e-9, "\(binning)")
        }
    }

    func testAutoperiodEqualsAstropy() throws {
        let ref = try Self.reference()
        let span = ref.time.max()! - ref.time.min()!
        let grid = try PeriodGrid.autoperiod(timeSpan: span, durations: ref.durations, minimumPeriod: 0.6,
                                         maximumPeriod: 4.0, frequencyFactor: 3.0)
        XCTAssertEqual(grid.count, ref.weighted.periods.count)
        for (a, b) in zip(grid, ref.weighted.periods) { XCTAssertEqual(a, b, accuracy: 1e-12 * b) }
    }

    func testRejectsDurationsLongerThanPeriods() throws {
        let bls = try BoxLeastSquares(time: [0, 1, 2, 3], flux: [1, 1, 1, 1])
        XCTAssertThrowsError(try bls.power(periods: [0.5, 1], durations: [0.6])) { error in
            XCTAssertEqual(error as? SearchError, .durationLongerThanPeriod(maxDuration: 0.6, minPeriod: 0.5))
        }
    }
}
