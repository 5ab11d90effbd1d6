import ExoRandom
import ExoTestSupport
import ExoViews
import XCTest

@testable import ExoClassifier

final class AugmentationTests: XCTestCase {
    private func example() -> ModelExample {
        let views = TransitViewSet(global: [Float](repeating: 0, count: 201), local: [Float](repeating: 0, count: 61),
                                   secondary: [Float](repeating: 0, count: 61))
        return ModelExample(views: views, features: ScalarFeatures())
    }

    func testOccultationViewIsACentredNormalisedDip() {
        for seed in UInt64(1)...50 {
            var generator = SeededGenerator(seed: seed)
            var replaced = example()
            replaced.replaceSecondaryWithOccultation(generator: &generator)
            let view = replaced.secondary
            XCTAssertEqual(view.count, 61)
            XCTAssertEqual(view.min()!, -1, accuracy: 1e-6, "seed \(seed)")
            XCTAssertEqual(view.sorted()[30], 0, accuracy: 1e-6, "seed \(seed): median")
            // The dip spans one duration (about 7.5 of the 61 bins over ±4 durations) at the centre.
            let centre = view[28...32].reduce(0, +) / 5
            let wings = (view[0..<20].reduce(0, +) + view[41..<61].reduce(0, +)) / 40
            XCTAssertLessThan(centre, -0.5, "seed \(seed)")
            XCTAssertEqual(Double(wings), 0, accuracy: 0.2, "seed \(seed)")
        }
    }

    func testOccultationViewIsDeterministicForASeed() {
        var a = example(), b = example(), c = example()
        var g1 = SeededGenerator(seed: 9), g2 = SeededGenerator(seed: 9), g3 = SeededGenerator(seed: 10)
        a.replaceSecondaryWithOccultation(generator: &g1)
        b.replaceSecondaryWithOccultation(generator: &g2)
        c.replaceSecondaryWithOccultation(generator: &g3)
        XCTAssertEqual(a.secondary, b.secondary)
        XCTAssertNotEqual(a.secondary, c.secondary)
    }

    /// The augmentation touches planet candidates only: with no PC in the training set, a run with
    /// it is identical to one without; with PCs it changes the training.
    func testOccultationAugmentationAppliesToPlanetCandidatesOnly() throws {
        let path = "tess-vetting/val-00000-of-00001.tfrecord"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let records = try VettingDataset.read(contentsOf: [url])
        let pc = Array(records.filter { $0.label == .pc }.prefix(20))
        let others = Array(records.filter { $0.label == .eb }.prefix(20)) + Array(records.filter { $0.label == .j }.prefix(40))
        func losses(_ training: [VettingRecord], probability: Double) throws -> [Double] {
            var configuration = TrainingConfiguration(kind: .astronet)
            configuration.epochs = 2
            configuration.occultationProbability = probability
            var reports: [EpochReport] = []
            _ = try Trainer(configuration: configuration).train(training: training, validation: pc + others) { reports.append($0) }
            return reports.map(\.loss)
        }
        XCTAssertEqual(try losses(others, probability: 1), try losses(others, probability: 0))
        XCTAssertNotEqual(try losses(pc + others, probability: 1), try losses(pc + others, probability: 0))
    }
}
