import ExoTestSupport
import Foundation
import XCTest

/// `exoscope vet --model seed`: the original hobby project's picture model, bundled for comparison.
final class SeedModelCommandTests: XCTestCase {
    private static let wasp126 = "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"

    func testVetWithTheSeedModelGivesProbabilitiesAndVerdicts() throws {
        guard let url = SharedData.url(Self.wasp126) else { throw XCTSkip(SharedData.missingMessage(Self.wasp126)) }
        let result = try CommandRunner.run(["vet", url.path, "--model", "seed", "--json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let stars = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(stars.count, 1)
        let signals = try XCTUnwrap(stars[0]["signals"] as? [[String: Any]])
        XCTAssertFalse(signals.isEmpty)
        // WASP-126 b (P = 3.2888 d) is found first.
        XCTAssertEqual(try XCTUnwrap(signals[0]["period"] as? Double), 3.2888, accuracy: 0.0033)
        for signal in signals {
            let planet = try XCTUnwrap(signal["planet_probability"] as? Double)
            XCTAssertTrue((0...1).contains(planet), "planet_probability \(planet)")
            let classes = try XCTUnwrap(signal["class_probabilities"] as? [String: Double])
            XCTAssertEqual(Set(classes.keys), ["PC", "EB", "J"])
            for value in classes.values { XCTAssertTrue((0...1).contains(value), "\(classes)") }
            // Two classes only: no binary class, junk is the rest.
            XCTAssertEqual(classes["EB"], 0)
            XCTAssertEqual(try XCTUnwrap(classes["PC"]) + XCTUnwrap(classes["J"]), 1, accuracy: 1e-6)
            XCTAssertEqual(try XCTUnwrap(classes["PC"]), planet, accuracy: 1e-9)
            let verdict = try XCTUnwrap(signal["verdict"] as? String)
            XCTAssertFalse(verdict.isEmpty)
        }
    }
}
