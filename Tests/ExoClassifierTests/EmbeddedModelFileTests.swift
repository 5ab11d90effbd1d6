@testable import ExoClassifier
import ExoBasics
import Foundation
import XCTest

/// The model files built into the executable are exactly `Sources/ExoClassifier/Resources`.
final class EmbeddedModelFileTests: XCTestCase {
    private let resources = URL(fileURLWithPath: #filePath)  // Tests/ExoClassifierTests/<this file>
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ExoClassifier/Resources")

    func testEveryResourceIsEmbeddedWithItsBytes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: resources.path).sorted()
        XCTAssertEqual(EmbeddedModelFiles.names.sorted(), files,
                       "Sources/CExoModels/models.c must #embed every file of Sources/ExoClassifier/Resources")
        for name in files {
            let embedded = try XCTUnwrap(EmbeddedModelFiles.data(named: name))
            XCTAssertEqual(embedded, try Data(contentsOf: resources.appendingPathComponent(name)), name)
        }
        XCTAssertNil(EmbeddedModelFiles.data(named: "no-such-model.json"))
    }

    func testDefaultModelLoadsFromTheEmbeddedFilesAsFromTheFolder() throws {
        let embedded = try VettingModel.default
        let fromFolder = try VettingModel.read(contentsOf: resources.appendingPathComponent("default-model.json"))
        XCTAssertEqual(embedded.memberCount, fromFolder.memberCount)
        XCTAssertEqual(embedded.preprocessing, fromFolder.preprocessing)
        XCTAssertEqual(try VettingModel.seed.kind, .seed)
    }

    func testIdentityIsTheChecksumOfTheDefaultModelFiles() throws {
        let manifest = try Data(contentsOf: resources.appendingPathComponent("default-model.json"))
        let members = try XCTUnwrap(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])["members"] as? [String]
        var bytes = manifest
        for member in try XCTUnwrap(members) { bytes += try Data(contentsOf: resources.appendingPathComponent(member)) }
        let expected = String(format: "%08x", CRC32.checksum(bytes))
        XCTAssertEqual(try VettingModel.defaultModelIdentity(), expected)
    }
}
