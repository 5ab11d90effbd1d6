import ExoBasics
import ExoRandom
import Foundation
import XCTest
@testable import ExoNN

/// Saving and loading safetensors model files; damaged and mismatched files are rejected.
final class ModelFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("exonn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func makeModel(hidden: Int = 8) -> MultiInputModel {
        let model = MultiInputModel(
            columns: [
                Sequential {
                    Conv1D(inputChannels: 1, outputChannels: 3, kernelSize: 5)
                    BatchNorm(channels: 3)
                    ReLU()
                    MaxPool1D(size: 5, stride: 2)
                },
                Sequential(),
            ],
            head: Sequential {
                Dense(inputFeatures: 3 * 9 + 2, outputFeatures: hidden)
                LeakyReLU(slope: 0.1)
                Dropout(rate: 0.2)
                Dense(inputFeatures: hidden, outputFeatures: 3, initializer: .glorotUniform)
                Softmax()
            })
        model.initializeParameters(seed: 42)
        return model
    }

    private func inputs() -> [Tensor] {
        var generator = SeededGenerator(seed: 1)
        return [Tensor(shape: [4, 1, 21], standardDeviation: 1, generator: &generator),
                Tensor(shape: [4, 2], standardDeviation: 1, generator: &generator)]
    }

    private func savedFile(_ model: MultiInputModel? = nil) throws -> URL {
        let model = model ?? makeModel()
        _ = model.forward(inputs(), training: true)   // moves the batch-norm running statistics
        let url = directory.appendingPathComponent("model.safetensors")
        try ModelFile.save(model, to: url, preprocessing: #"{"globalBins":21}"#, metadata: ["note": "test"])
        return url
    }

    private func assertRejected(_ url: URL, _ check: (ModelFileError) -> Bool, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ModelFile.read(contentsOf: url), file: file, line: line) { error in
            guard let error = error as? ModelFileError else { return XCTFail("unexpected \(error)", file: file, line: line) }
            XCTAssertTrue(check(error), "\(error)", file: file, line: line)
            XCTAssertTrue(error.description.contains(url.path), "message names the file: \(error)", file: file, line: line)
        }
    }

    func testSaveLoadPredictIsIdentical() throws {
        let model = makeModel()
        let url = try savedFile(model)
        let loaded = try ModelFile.read(contentsOf: url)
        let restored = try XCTUnwrap(loaded.model as? MultiInputModel)
        XCTAssertEqual(restored.architecture, model.architecture)
        XCTAssertEqual(restored(inputs()), model(inputs()))
        XCTAssertEqual(loaded.preprocessing, #"{"globalBins":21}"#)
        XCTAssertEqual(loaded.metadata["note"], "test")
        XCTAssertEqual(loaded.metadata["format_version"], "1")
        struct Settings: Decodable { var globalBins: Int }
        XCTAssertEqual(try loaded.decodePreprocessing(Settings.self).globalBins, 21)

        let fresh = makeModel()
        fresh.initializeParameters(seed: 7)
        try ModelFile.loadParameters(into: fresh, contentsOf: url)
        XCTAssertEqual(fresh(inputs()), model(inputs()))
    }

    func testFileIsStandardSafetensors() throws {
        let data = try Data(contentsOf: try savedFile())
        let length = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        XCTAssertEqual(length % 8, 0)
        let header = try XCTUnwrap(JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + length))) as? [String: Any])
        let entry = try XCTUnwrap(header["columns.0.0.weight"] as? [String: Any])
        XCTAssertEqual(entry["dtype"] as? String, "F32")
        XCTAssertEqual(entry["shape"] as? [Int], [3, 1, 5])
        XCTAssertNotNil((header["__metadata__"] as? [String: String])?["architecture"])
    }

    func testCRC32KnownValue() {
        let check = Array("123456789".utf8).withUnsafeBytes { CRC32.checksum($0) }
        XCTAssertEqual(check, 0xCBF4_3926)
    }

    func testDamagedDataIsRejected() throws {
        let url = try savedFile()
        var data = try Data(contentsOf: url)
        data[data.count - 5] ^= 0x10
        try data.write(to: url)
        assertRejected(url) { if case .checksumMismatch = $0 { return true } else { return false } }
    }

    func testDamagedHeaderIsRejected() throws {
        let url = try savedFile()
        var data = try Data(contentsOf: url)
        data[8] = UInt8(ascii: "#")
        try data.write(to: url)
        assertRejected(url) { if case .malformedHeader = $0 { return true } else { return false } }
    }

    func testTruncatedFileIsRejected() throws {
        let url = try savedFile()
        let data = try Data(contentsOf: url)
        try data.prefix(data.count - 12).write(to: url)
        assertRejected(url) { if case .truncated = $0 { return true } else { return false } }
        try data.prefix(100).write(to: url)
        assertRejected(url) { if case .truncated = $0 { return true } else { return false } }
        try data.prefix(3).write(to: url)
        assertRejected(url) { if case .truncated = $0 { return true } else { return false } }
    }

    func testUnknownVersionIsRejected() throws {
        let url = try savedFile()
        var data = try Data(contentsOf: url)
        let range = try XCTUnwrap(data.range(of: Data(#""format_version":"1""#.utf8)))
        data.replaceSubrange(range, with: Data(#""format_version":"9""#.utf8))
        try data.write(to: url)
        assertRejected(url) { $0 == .unsupportedVersion(path: url.path, found: "9", supported: 1) }
    }

    func testWrongShapesAreRejected() throws {
        let url = try savedFile()
        let other = makeModel(hidden: 6)
        XCTAssertThrowsError(try ModelFile.loadParameters(into: other, contentsOf: url)) { error in
            XCTAssertEqual(error as? ModelFileError,
                           .shapeMismatch(path: url.path, name: "head.0.weight", expected: [6, 29], found: [8, 29]))
        }
        let smaller = Sequential { Dense(inputFeatures: 2, outputFeatures: 1) }
        XCTAssertThrowsError(try ModelFile.loadParameters(into: smaller, contentsOf: url)) { error in
            XCTAssertEqual(error as? ModelFileError, .missingTensor(path: url.path, name: "0.weight"))
        }
    }

    func testMissingFileNamesThePath() {
        let url = directory.appendingPathComponent("absent.safetensors")
        assertRejected(url) { if case .unreadable = $0 { return true } else { return false } }
    }
}
