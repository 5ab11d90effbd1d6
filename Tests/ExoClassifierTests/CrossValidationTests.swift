import ExoTestSupport
import ExoViews
import Foundation
import XCTest

@testable import ExoClassifier

final class CrossValidationTests: XCTestCase {
    /// 50 PC, 40 EB and 110 J of the validation split, with their real stars (`tic_id`).
    private func smallSet() throws -> [VettingRecord] {
        let path = "tess-vetting/val-00000-of-00001.tfrecord"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let records = try VettingDataset.read(contentsOf: [url])
        return Array(records.filter { $0.label == .pc }) + records.filter { $0.label == .eb }.prefix(40)
            + records.filter { $0.label == .j }.prefix(110)
    }

    func testFoldsKeepEachStarTogetherAndDependOnTheSeed() throws {
        let records = try smallSet()
        let cv = CrossValidation(folds: 4, seed: 3, configuration: TrainingConfiguration())
        let folds = cv.assignment(of: records)
        XCTAssertEqual(folds, cv.assignment(of: records))
        var foldOfStar: [Int64: Int] = [:]
        for (record, fold) in zip(records, folds) {
            XCTAssertTrue((0..<4).contains(fold))
            if let previous = foldOfStar[record.ticID] { XCTAssertEqual(previous, fold, "star \(record.ticID) split") }
            foldOfStar[record.ticID] = fold
        }
        // Round-robin over stars: fold sizes in stars differ by at most one.
        let starsPerFold = (0..<4).map { k in foldOfStar.values.filter { $0 == k }.count }
        XCTAssertLessThanOrEqual(starsPerFold.max()! - starsPerFold.min()!, 1)
        XCTAssertNotEqual(folds, CrossValidation(folds: 4, seed: 4, configuration: TrainingConfiguration()).assignment(of: records))
    }

    func testEveryFoldIsScoredAfterEveryEpoch() throws {
        let records = try smallSet()
        var configuration = TrainingConfiguration(kind: .astronet)
        configuration.epochs = 2
        configuration.patience = 1  // overridden: cross-validation trains a fixed number of epochs
        let cv = CrossValidation(folds: 2, seed: 1, configuration: configuration)
        var reports = 0
        let result = try cv.run(records: records, ensembleSize: 2) { _, _ in reports += 1 }
        XCTAssertEqual(reports, 2 * 2 * 2)
        XCTAssertEqual(result.folds.map(\.testCount).reduce(0, +), records.count)
        XCTAssertEqual(result.folds.map(\.testPC).reduce(0, +), 50)
        for fold in result.folds {
            XCTAssertEqual(fold.trainCount + fold.testCount, records.count)
            XCTAssertEqual(fold.byEpoch.count, 2)
            for s in fold.byEpoch { XCTAssertTrue((0...1).contains(s.vettingAP) && (0...1).contains(s.triageAP)) }
        }
        XCTAssertTrue((1...2).contains(result.bestEpochCount))
        XCTAssertEqual(result.meanByEpoch[1].vettingAP, CrossValidation.mean(result.folds.map(\.final.vettingAP)), accuracy: 1e-12)
        XCTAssertThrowsError(try CrossValidation(folds: 1, seed: 1, configuration: configuration).run(records: records))
    }

    /// Without validation records a network trains exactly `epochs` epochs and keeps the last weights.
    func testTrainingWithoutValidationRunsAllEpochs() throws {
        let records = try smallSet()
        var configuration = TrainingConfiguration(kind: .astronet)
        configuration.epochs = 2
        configuration.keepsBestEpoch = false
        var reports: [EpochReport] = []
        let model = try Trainer(configuration: configuration).train(training: records, validation: []) { reports.append($0) }
        XCTAssertEqual(reports.map(\.epoch), [1, 2])
        XCTAssertTrue(reports.allSatisfy { $0.validationVettingAP.isNaN })
        XCTAssertEqual(try model.predict(Array(records.prefix(3))).count, 3)
    }

    func testMeanAndStandardDeviation() {
        XCTAssertEqual(CrossValidation.mean([1, 2, 3]), 2)
        XCTAssertEqual(CrossValidation.standardDeviation([1, 2, 3]), 1, accuracy: 1e-12)
        XCTAssertEqual(CrossValidation.standardDeviation([5]), 0)
    }
}
