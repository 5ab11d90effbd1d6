import ExoTestSupport
import ExoViews
import Foundation
import XCTest

@testable import ExoClassifier

final class TFRecordTests: XCTestCase {
    private func sampleRecord(row: Int64, label: VettingLabel = .pc) -> VettingRecord {
        let views = TransitViewSet(
            global: (0..<201).map { Float($0) / 200 - 1 },
            local: (0..<61).map { Float($0) / 60 - 1 },
            secondary: [Float](repeating: 0, count: 61))
        return VettingRecord(rowID: row, ticID: 25_155_310, label: label, views: views,
                             features: ScalarFeatures(period: 3.29, duration: 0.142, signalToNoise: 55.8))
    }

    private func temporaryURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("exoscope-\(UUID().uuidString)-\(name)")
    }

    func testCRC32CKnownValues() {
        // RFC 3720 test vector: 32 zero bytes, and the classic "123456789" check value.
        XCTAssertEqual(CRC32C.checksum(Data(repeating: 0, count: 32)), 0x8A91_36AA)
        XCTAssertEqual(CRC32C.checksum(Data("123456789".utf8)), 0xE306_9283)
    }

    func testRoundTripWriteRead() throws {
        let url = temporaryURL("round.tfrecord")
        defer { try? FileManager.default.removeItem(at: url) }
        let records = [sampleRecord(row: 1), sampleRecord(row: 2, label: .j)]
        try VettingDataset.write(records, to: url)
        let back = try VettingDataset.read(contentsOf: [url])
        XCTAssertEqual(back.map(\.rowID), [1, 2])
        XCTAssertEqual(back.map(\.label), [.pc, .j])
        XCTAssertEqual(back[0].views, records[0].views)
        XCTAssertEqual(back[0].features.period, 3.29, accuracy: 1e-6)
    }

    func testDamagedRecordNamesFileAndIndex() throws {
        let url = temporaryURL("damaged.tfrecord")
        defer { try? FileManager.default.removeItem(at: url) }
        var bytes = TFRecordWriter.encode([sampleRecord(row: 1).example().serialized(), sampleRecord(row: 2).example().serialized()])
        let firstLength = Int(bytes.prefix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        bytes[firstLength + 16 + 12 + 40] ^= 0xFF  // a byte inside record 1's data
        try bytes.write(to: url)
        XCTAssertThrowsError(try VettingDataset.read(contentsOf: [url])) { error in
            XCTAssertEqual(error as? ClassifierError, .damagedRecord(path: url.path, index: 1, reason: "data checksum mismatch"))
            XCTAssertTrue("\(error)".contains(url.path) && "\(error)".contains("record 1"), "\(error)")
        }
        try bytes.prefix(30).write(to: url)
        XCTAssertThrowsError(try TFRecordReader.records(contentsOf: url)) { error in
            XCTAssertTrue("\(error)".contains("record 0") && "\(error)".contains("truncated"), "\(error)")
        }
    }

    func testGarbageExampleIsAClearError() throws {
        let url = temporaryURL("garbage.tfrecord")
        defer { try? FileManager.default.removeItem(at: url) }
        try TFRecordWriter.write([sampleRecord(row: 1).example().serialized(), Data([0x0A, 0xFF, 0x01])], to: url)
        XCTAssertThrowsError(try VettingDataset.read(contentsOf: [url])) { error in
            guard case let .malformedExample(path, index, _)? = error as? ClassifierError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(path, url.path)
            XCTAssertEqual(index, 1)
        }
    }

    func testMissingFeatureAndWrongLength() throws {
        var example = sampleRecord(row: 1).example()
        example["secondary_view"] = nil
        XCTAssertThrowsError(try VettingRecord(example: example, path: "x.tfrecord", index: 3)) { error in
            XCTAssertEqual(error as? ClassifierError, .missingFeature(path: "x.tfrecord", index: 3, feature: "secondary_view"))
        }
        example["secondary_view"] = .floats([1, 2, 3])
        XCTAssertThrowsError(try VettingRecord(example: example, path: "x.tfrecord", index: 3)) { error in
            XCTAssertEqual("\(error)", "x.tfrecord: record 3, feature 'secondary_view': must have 61 values, got 3")
        }
    }

    /// A damaged id (NaN, infinite, beyond Int64) was converted with `Int64(_:)`, which traps.
    func testDamagedIdsAreAClearError() throws {
        for (feature, value) in [("row_id", TFFeature.floats([.nan])), ("tic_id", .floats([.infinity])),
                                 ("kepid", .int64s([Int64.max])), ("row_id", .bytes([Data("1e300".utf8)]))] {
            var example = sampleRecord(row: 1).example()
            if feature == "kepid" { example["tic_id"] = nil }
            example[feature] = value
            XCTAssertThrowsError(try VettingRecord(example: example, path: "x.tfrecord", index: 3)) { error in
                guard case let .badFeature(path, index, name, reason)? = error as? ClassifierError else {
                    return XCTFail("unexpected \(error)")
                }
                XCTAssertEqual([path, name], ["x.tfrecord", feature])
                XCTAssertEqual(index, 3)
                XCTAssertTrue(reason.hasPrefix("must be a whole number"), reason)
            }
        }
        var example = sampleRecord(row: 1).example()
        example["row_id"] = .floats([41.9])
        XCTAssertEqual(try VettingRecord(example: example, path: "x.tfrecord", index: 3).rowID, 41, "whole part, as before")
    }

    func testReadsAstroNetToyDataset() throws {
        let path = "catalogs/astronet_toy_test_dataset.tfrecord"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let examples = try TFRecordReader.records(contentsOf: url).map { try TFExample(serialized: $0) }
        XCTAssertEqual(examples.count, 10)
        XCTAssertEqual(examples[0]["global_view"]?.floatValues, [0, 1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(examples[0]["local_view"]?.count, 4)
        XCTAssertEqual(examples[0]["label_str"]?.firstText, "PC")
        // Re-encoding gives an example that decodes to the same features.
        XCTAssertEqual(try TFExample(serialized: examples[3].serialized()), examples[3])
    }

    func testReadsTESSValidationSplit() throws {
        let path = "tess-vetting/val-00000-of-00001.tfrecord"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let records = try VettingDataset.read(contentsOf: [url])
        XCTAssertEqual(records.count, 1648)
        let counts = Dictionary(grouping: records, by: { $0.label }).mapValues(\.count)
        XCTAssertEqual(counts[.j], 1422)
        XCTAssertEqual(counts[.eb], 176)
        XCTAssertEqual(counts[.pc], 50)
        XCTAssertEqual(records[0].rowID, 3093)
        XCTAssertEqual(records[0].ticID, 152_866_766)
        XCTAssertEqual(records[0].features.period, 4.7780890464782715, accuracy: 1e-9)
        for record in records.prefix(50) {
            XCTAssertEqual(record.views.local.min() ?? 0, -1, accuracy: 1e-4)
        }
    }
}
