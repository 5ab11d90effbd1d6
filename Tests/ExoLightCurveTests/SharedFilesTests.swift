import ExoFITS
import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

/// Every shared FITS file reads, or fails with an error naming the file.
final class SharedFilesTests: XCTestCase {
    /// Files without a light curve: each must fail with a LightCurveError naming it.
    static let filesWithoutLightCurve: Set<String> = ["edge/ktwo201907706-c01-first-cadence.fits.gz"]

    func testEverySharedFileReadsOrFailsClearly() throws {
        guard let root = SharedData.url("fits") else { throw XCTSkip(SharedData.missingMessage("fits")) }
        let files = try sharedFITSFiles(root)
        XCTAssertGreaterThan(files.count, 20)
        for (relative, url) in files {
            do {
                let reading = try LightCurveReader.reading(contentsOf: url)
                XCTAssertFalse(Self.filesWithoutLightCurve.contains(relative), "\(relative) should have failed")
                XCTAssertEqual(reading.rowCount, reading.keptCount + reading.droppedByQuality + reading.droppedNonFinite)
                XCTAssertTrue(reading.lightCurve.time.allSatisfy(\.isFinite), relative)
                XCTAssertTrue(reading.lightCurve.flux.allSatisfy(\.isFinite), relative)
                print(relative, reading.product.rawValue, reading.lightCurve.metadata.mission, reading.lightCurve.metadata.targetID,
                      reading.lightCurve.metadata.segment as Any, reading.rowCount, reading.keptCount, reading.droppedByQuality,
                      reading.droppedNonFinite, reading.fluxColumn, reading.lightCurve.metadata.product)
            } catch let error as LightCurveError {
                XCTAssertTrue(Self.filesWithoutLightCurve.contains(relative), "\(relative): \(error)")
                XCTAssertTrue(error.description.contains(url.path), error.description)
            }
        }
    }

    /// The mean stellar density comes from the header's LOGG and RADIUS, ρ/ρ☉ = (g / 27,420 cm s⁻²) / (R/R☉),
    /// and is nil where they are blank (K2 HLSP) or zero (a test pixel file).
    func testStellarDensityFromHeaderGravityAndRadius() throws {
        let expected: [(String, Double?)] = [
            ("kepler/kplr011442793-2009350155506_llc.fits", pow(10, 4.317) / 27_420 / 1.200),  // Kepler-90: 0.63
            ("eb/tess2018292075959-s0004-0000000098853987-0124-s_lc.fits", pow(10, 3.78838992) / 27_420 / 2.57628989),  // a subgiant: 0.087
            ("eb/tess2020106103520-s0024-0000000199574208-0180-s_lc.fits", pow(10, 4.90637016) / 27_420 / 0.31797099),  // an M dwarf: 9.3
            ("k2/hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits", nil),
            ("edge/asteroid_test.fits", nil),
        ]
        for (relative, density) in expected {
            guard let url = SharedData.url("fits/" + relative) else { throw XCTSkip(SharedData.missingMessage("fits/" + relative)) }
            let measured = try LightCurveReader.read(contentsOf: url).metadata.stellarDensity
            if let density {
                XCTAssertEqual(try XCTUnwrap(measured, relative), density, accuracy: 0.001 * density, relative)
            } else {
                XCTAssertNil(measured, relative)
            }
        }
    }

    func sharedFITSFiles(_ root: URL) throws -> [(String, URL)] {
        var result: [(String, URL)] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let name = url.lastPathComponent
            guard name.hasSuffix(".fits") || name.hasSuffix(".fits.gz") else { continue }
            let relative = url.path.replacingOccurrences(of: root.path + "/", with: "")
            result.append((relative, url))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
