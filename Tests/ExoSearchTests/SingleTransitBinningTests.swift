import ExoBasics
import ExoLightCurve
import ExoRandom
@testable import ExoSearch
import ExoTestSupport
import XCTest

/// The binning behind the single-transit scan of long durations (over 0.3 d), and a long transit
/// found in Kepler long cadence through it.
final class SingleTransitBinningTests: XCTestCase {
    /// Kepler long-cadence times with timing jitter: one point per bin at one cadence per bin
    /// (bins opened at each point and closed a cadence later took one or two points at random);
    /// ten 2-minute cadences per bin hold ten points; a gap leaves its bins out.
    func testBinsHoldWholeCadencesDespiteJitter() {
        var rng = SeededGenerator(seed: 5)
        let long = 29.4244 / 1440
        let times = (0..<2000).map { 130 + Double($0) * long + 2e-6 * (rng.nextUniform() - 0.5) }
        let ones = SingleTransitSearch.binned(time: times, flux: times.map { _ in 1 }, cadence: long, cadencesPerBin: 1)
        XCTAssertEqual(ones.time.count, 2000)
        XCTAssertEqual(ones.pointsPerBin, 1)
        XCTAssertEqual(ones.width, long, accuracy: 1e-12)

        let short = 2.0 / 1440
        let minutes = (0..<3000).filter { !(1000..<1200).contains($0) }.map { 1325 + Double($0) * short + 1e-6 * (rng.nextUniform() - 0.5) }
        let tens = SingleTransitSearch.binned(time: minutes, flux: minutes.map { _ in 1 }, cadence: short, cadencesPerBin: 10)
        XCTAssertEqual(tens.time.count, 280)
        XCTAssertEqual(tens.pointsPerBin, 10)
        XCTAssertEqual(tens.width, 10 * short, accuracy: 1e-12)

        // Absurd times (a corrupt table) give bins, not a trap.
        let odd = SingleTransitSearch.binned(time: [0, 1e300, .infinity], flux: [1, 1, 1], cadence: 1e-300, cadencesPerBin: 1)
        XCTAssertEqual(odd.time.count, 2)
    }

    /// A lone 11-hour, 550 ppm transit (box SNR 13) in 40 days of Kepler long cadence (200 ppm white
    /// noise; barycentric steps 5e-5 shorter than the header's cadence, and timing jitter) is listed
    /// within an hour of its epoch for each of five seeds. With the old binning every bin took two
    /// points there, and seed 3's transit fell under the threshold in the local fit.
    func testLongTransitInKeplerLongCadenceIsFound() throws {
        let cadence = 29.4244 / 1440, epoch = 150.3, duration = 11.0 / 24
        for seed: UInt64 in 1...5 {
            var rng = SeededGenerator(seed: seed)
            var time: [Double] = [], flux: [Double] = []
            for i in 0..<Int(40 / cadence) {
                // Barycentric times: the steps run 5e-5 shorter than the header's cadence here.
                let t = 130 + Double(i) * cadence * (1 - 5e-5) + 2e-6 * (rng.nextUniform() - 0.5)
                time.append(t)
                flux.append(1 + 2e-4 * rng.nextGaussian() - (abs(t - epoch) < duration / 2 ? 5.5e-4 : 0))
            }
            let lc = LightCurve(time: time, flux: flux, fluxError: [Double](repeating: 2e-4, count: time.count),
                                metadata: LightCurveMetadata(mission: .kepler, targetID: "lone transit", cadenceDays: cadence))
            let result = try SingleTransitSearch().run(on: lc)
            XCTAssertTrue(result.events.contains { abs($0.epoch - epoch) < 1.0 / 24 },
                          "seed \(seed): \(result.events.map { ($0.epoch, $0.duration * 24, $0.snr) }) rejected \(result.rejected.map { ($0.epoch, $0.reason) })")
        }
    }
}
