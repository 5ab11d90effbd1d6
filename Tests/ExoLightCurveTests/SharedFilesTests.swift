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
