import ExoBasics
import ExoLightCurve
import ExoRandom
import XCTest
@testable import ExoSim

final class InjectionTests: XCTestCase {
    private func flatLightCurve(count: Int = 5000, cadence: Double = 2.0 / 1440, sigma: Double = 1e-3) -> LightCurve {
        var generator = SeededGenerator(seed: 4)
        let time = (0..<count).map { 1000 + Double($0) * cadence }
        let flux = (0..<count).map { _ in 5000 * (1 + sigma * generator.nextGaussian()) }
        return LightCurve(time: time, flux: flux, metadata: LightCurveMetadata(mission: .tess, cadenceDays: cadence))
    }

    /// Injection multiplies the flux by the model: the depth is relative to the star's own level.
    func testInjectionMultipliesFlux() throws {
        let lc = flatLightCurve(sigma: 0)
        let planet = try SignalInjector.planet(period: 2, epoch: 1001, depth: 0.004)
        let injected = SignalInjector.inject(planet, into: lc)
        let i = lc.time.indices.min { abs(lc.time[$0] - 1001) < abs(lc.time[$1] - 1001) } ?? 0
        XCTAssertEqual(injected.flux[i] / lc.flux[i], 1 - 0.004, accuracy: 5e-5)
        XCTAssertEqual(injected.flux[0], lc.flux[0])
        XCTAssertEqual(injected.time, lc.time)
        XCTAssertThrowsError(try SignalInjector.planet(period: 2, epoch: 0, depth: 1.5))
    }

    /// Long cadences are supersampled every ~2 minutes; short cadences are not.
    func testExposureChoice() {
        XCTAssertEqual(SignalInjector.exposure(forCadence: 2.0 / 1440).samples, 1)
        let kepler = SignalInjector.exposure(forCadence: 0.0204336)
        XCTAssertEqual(kepler.samples, 15)
        XCTAssertEqual(kepler.exposureDays, 0.0204336)
    }

    /// The calibrated depth gives the requested matched-filter SNR on the light curve's cadences.
    func testSNRCalibration() throws {
        let lc = flatLightCurve().normalized()
        let sigma = InjectionRecovery.pointToPointScatter(lc)
        XCTAssertEqual(sigma, 1e-3, accuracy: 5e-5)
        let recovery = InjectionRecovery(configuration: RecoveryConfiguration(periodEdges: [1, 2]))
        let planet = try recovery.calibratedPlanet(period: 1.5, epoch: 1000.3, impactParameter: 0.2, snr: 12,
                                                   sigma: sigma, lightCurve: lc)
        let model = TransitModel(planet).flux(at: lc.time)
        let snr = model.reduce(0) { $0 + (1 - $1) * (1 - $1) }.squareRoot() / sigma
        XCTAssertEqual(snr, 12, accuracy: 0.05)
    }

    /// Matching: period within 1%, epoch within half a duration modulo the period.
    func testCandidateMatching() {
        let truth = SignalEphemeris(period: 5, epoch: 100, duration: 0.2, depth: 0.01)
        XCTAssertTrue(CandidateEphemeris(period: 5.04, epoch: 100 + 5 * 3 + 0.09).matches(truth, epochTolerance: 0.1))
        XCTAssertFalse(CandidateEphemeris(period: 5.06, epoch: 100).matches(truth, epochTolerance: 0.1))
        XCTAssertFalse(CandidateEphemeris(period: 5, epoch: 100.2).matches(truth, epochTolerance: 0.1))
        XCTAssertFalse(CandidateEphemeris(period: 10, epoch: 100).matches(truth, epochTolerance: 0.1))
    }

    /// The run tallies trials per bin, is repeatable for a seed, and a search that finds nothing
    /// recovers nothing.
    func testRecoveryBookkeeping() throws {
        let lc = flatLightCurve(count: 3000)
        let config = RecoveryConfiguration(periodEdges: [0.5, 1, 1.5], snrEdges: [8, 12, 20], trialsPerBin: 2, seed: 3)
        let recovery = InjectionRecovery(configuration: config)
        let none = try recovery.run(on: [lc]) { _ in [] }
        XCTAssertEqual(none.count, 8)
        XCTAssertEqual(RecoveryTable(trials: none, configuration: config).fraction(snrAtLeast: 8).fraction, 0)
        let again = try recovery.run(on: [lc]) { _ in [] }
        XCTAssertEqual(none, again)  // deterministic for a seed
        let table = RecoveryTable(trials: none, configuration: config)
        XCTAssertEqual(table.injected, [[2, 2], [2, 2]])
        XCTAssertTrue(table.markdown().contains("| all | 0/4 (0%) | 0/4 (0%) |"))
        for trial in none {
            XCTAssertGreaterThanOrEqual(trial.injected.period, config.periodEdges[trial.periodBin])
            XCTAssertLessThanOrEqual(trial.injected.period, config.periodEdges[trial.periodBin + 1])
        }
    }

    /// Synthetic examples carry the label of their kind and an ephemeris; J examples get a spurious one.
    func testSyntheticExamples() throws {
        let examples = try SyntheticExamples.make(count: 6, mission: .tess, seed: 21)
        XCTAssertEqual(examples.map(\.label), ["PC", "PC", "EB", "EB", "J", "J"])
        for example in examples {
            XCTAssertGreaterThan(example.ephemeris.period, 0)
            XCTAssertGreaterThan(example.ephemeris.duration, 0)
            XCTAssertEqual(RobustStatistics.median(example.lightCurve.flux), 1, accuracy: 1e-12)
            XCTAssertTrue(example.lightCurve.quality.allSatisfy { $0 == 0 })
        }
        XCTAssertEqual(examples[0].ephemeris, examples[0].truth.ephemeris)
        XCTAssertNil(examples[5].truth.ephemeris)
        let again = try SyntheticExamples.example(index: 3, count: 6, mission: .tess, seed: 21)
        XCTAssertEqual(again.lightCurve.flux, examples[3].lightCurve.flux)
    }
}

final class KnownSignalMaskTests: XCTestCase {
    /// Cadences within one duration of each transit centre are removed, the others kept.
    func testMasking() {
        let time = (0..<1000).map { Double($0) * 0.01 }
        let lc = LightCurve(time: time, flux: [Double](repeating: 1, count: time.count))
        let signal = SignalEphemeris(period: 2, epoch: 0.5, duration: 0.1, depth: 0.01)
        let masked = KnownSignalMask.masking(lc, signals: [signal])
        // 5 transits in 10 d, 19 to 21 cadences each with |Δt| < 0.1 d (rounding at the edges).
        XCTAssertTrue((5 * 19)...(5 * 21) ~= lc.count - masked.count, "\(lc.count - masked.count)")
        XCTAssertFalse(masked.time.contains { abs($0 - 4.5) < 0.099 })
        XCTAssertTrue(masked.time.contains { abs($0 - 4.61) < 1e-9 })
    }
}
