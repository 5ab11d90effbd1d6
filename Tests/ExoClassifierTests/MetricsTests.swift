import XCTest

@testable import ExoClassifier

final class MetricsTests: XCTestCase {
    func testAveragePrecisionMatchesScikitLearn() {
        // sklearn.metrics.average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.8333...
        XCTAssertEqual(BinaryMetrics.averagePrecision(scores: [0.1, 0.4, 0.35, 0.8], positives: [false, false, true, true]),
                       5.0 / 6.0, accuracy: 1e-12)
        // Perfect ranking gives 1; ties form one threshold: [1, 0] both scored 0.5 -> precision 0.5.
        XCTAssertEqual(BinaryMetrics.averagePrecision(scores: [0.9, 0.8, 0.1], positives: [true, true, false]), 1)
        XCTAssertEqual(BinaryMetrics.averagePrecision(scores: [0.5, 0.5], positives: [true, false]), 0.5)
    }

    func testROCAUCMatchesScikitLearn() {
        // sklearn.metrics.roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75
        XCTAssertEqual(BinaryMetrics.rocAUC(scores: [0.1, 0.4, 0.35, 0.8], positives: [false, false, true, true]), 0.75)
        XCTAssertEqual(BinaryMetrics.rocAUC(scores: [0.5, 0.5], positives: [true, false]), 0.5)
        XCTAssertTrue(BinaryMetrics.rocAUC(scores: [0.5], positives: [true]).isNaN)
    }

    func testConfusionMatrixAndTasks() {
        let predictions = [
            ClassProbabilities(pc: 0.7, eb: 0.2, j: 0.1),  // PC
            ClassProbabilities(pc: 0.3, eb: 0.6, j: 0.1),  // EB
            ClassProbabilities(pc: 0.6, eb: 0.1, j: 0.3),  // J (a false positive for vetting)
            ClassProbabilities(pc: 0.1, eb: 0.1, j: 0.8),  // J
        ]
        let labels: [VettingLabel] = [.pc, .eb, .j, .j]
        let report = EvaluationReport(predictions: predictions, labels: labels)
        XCTAssertEqual(report.vetting.confusion,
                       ConfusionMatrix(scores: [1, 0, 1, 0], positives: [true, false, false, false], threshold: 0.5))
        XCTAssertEqual(report.vetting.confusion.truePositives, 1)
        XCTAssertEqual(report.vetting.confusion.falsePositives, 1)
        XCTAssertEqual(report.vetting.precision, 0.5)
        XCTAssertEqual(report.vetting.recall, 1)
        XCTAssertEqual(report.vetting.accuracy, 0.75)
        // Triage scores p(PC)+p(EB) = 0.9, 0.9, 0.7, 0.2 against truth 1, 1, 0, 0.
        XCTAssertEqual(report.triage.averagePrecision, 1)
        XCTAssertEqual(report.triage.confusion.falsePositives, 1)
        XCTAssertEqual(report.threeClassAccuracy, 0.75)
    }
}
