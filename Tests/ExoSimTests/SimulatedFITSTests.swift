import ExoFITS
import ExoLightCurve
import ExoTestSupport
import XCTest
@testable import ExoSim

final class SimulatedFITSTests: XCTestCase {
    /// A simulated file read back by LightCurveReader gives the same values; the default quality mask
    /// drops exactly the flagged cadences; the truth is in the header.
    func testSimulatedFileReadsBack() throws {
        let directory = try SharedData.temporaryDirectory("exosim")
        defer { try? FileManager.default.removeItem(at: directory) }
        for mission in [Mission.tess, .kepler, .k2] {
            let star = try StarSimulator(kind: .eb, mission: mission, seed: 8).simulate()
            let url = directory.appendingPathComponent("\(mission.rawValue).fits")
            try star.write(to: url)

            let all = try LightCurveReader.read(contentsOf: url, quality: .none)
            XCTAssertEqual(all.time, star.lightCurve.time)
            XCTAssertEqual(all.flux, star.lightCurve.flux)
            XCTAssertEqual(all.fluxError, star.lightCurve.fluxError)
            XCTAssertEqual(all.quality, star.lightCurve.quality)
            XCTAssertEqual(all.metadata.mission, mission)
            XCTAssertEqual(all.metadata.timeReference, mission.defaultTimeReference)

            let kept = try LightCurveReader.read(contentsOf: url)
            XCTAssertEqual(kept.count, star.lightCurve.quality.filter { $0 == 0 }.count)

            let header = try FITSFile(contentsOf: url).hdus[0].header
            let truth = try XCTUnwrap(star.truth.ephemeris)
            XCTAssertEqual(header.string("SIMKIND"), "eb")
            XCTAssertEqual(header.string("SIMLABEL"), "EB")
            XCTAssertEqual(header.int("SIMSEED"), 8)
            XCTAssertEqual(try XCTUnwrap(header.double("SIMPER")), truth.period, accuracy: 1e-12 * truth.period)
            XCTAssertEqual(try XCTUnwrap(header.double("SIMEPOCH")), truth.epoch, accuracy: 1e-9)
            XCTAssertEqual(try XCTUnwrap(header.double("SIMDEPTH")), truth.depth, accuracy: 1e-12)
        }
    }
}
