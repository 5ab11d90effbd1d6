import ExoTestSupport
import ExoViews
import Foundation
import XCTest

@testable import ExoClassifier
import ExoNN

final class TrainingTests: XCTestCase {
    private func tinySet() throws -> (train: [VettingRecord], validation: [VettingRecord]) {
        let path = "tess-vetting/val-00000-of-00001.tfrecord"
        guard let url = SharedData.url(path) else { throw XCTSkip(SharedData.missingMessage(path)) }
        let records = try VettingDataset.read(contentsOf: [url])
        // All 50 planet candidates, 40 binaries and 110 junk: 200 records, half for each split.
        let pc = records.filter { $0.label == .pc }, eb = records.filter { $0.label == .eb }.prefix(40)
        let j = records.filter { $0.label == .j }.prefix(110)
        let mixed = pc + eb + j
        let train = mixed.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let validation = mixed.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        return (train, validation)
    }

    private func train(_ kind: VettingModelKind, _ set: (train: [VettingRecord], validation: [VettingRecord]),
                       seed: UInt64) throws -> (VettingModel, [EpochReport]) {
        var configuration = TrainingConfiguration(kind: kind)
        configuration.epochs = 2
        configuration.seed = seed
        var reports: [EpochReport] = []
        let model = try Trainer(configuration: configuration).train(training: set.train, validation: set.validation) {
            reports.append($0)
        }
        return (model, reports)
    }

    func testTrainingIsDeterministicForASeed() throws {
        let set = try tinySet()
        for kind in VettingModelKind.allCases {
            let (first, firstReports) = try train(kind, set, seed: 7)
            let (second, secondReports) = try train(kind, set, seed: 7)
            let (other, _) = try train(kind, set, seed: 8)
            XCTAssertEqual(firstReports.map(\.loss), secondReports.map(\.loss), kind.rawValue)
            let p1 = try first.predict(set.validation), p2 = try second.predict(set.validation), p3 = try other.predict(set.validation)
            XCTAssertEqual(p1, p2, kind.rawValue)
            XCTAssertNotEqual(p1, p3, kind.rawValue)
            XCTAssertEqual(firstReports.count, 2)
            // It learns: a build whose layers disagree about their layout trains without error but not at all.
            XCTAssertLessThan(firstReports[1].loss, firstReports[0].loss, kind.rawValue)
            for p in p1 { XCTAssertEqual(p.pc + p.eb + p.j, 1, accuracy: 1e-5) }
        }
    }

    /// A triage-only set (planet candidates relabelled as binaries) has no vetting AP; early stopping
    /// must then use the triage AP instead of a NaN score that never improves.
    func testTriageOnlyValidationSelectsOnTriage() throws {
        var set = try tinySet()
        for i in set.train.indices where set.train[i].label == .pc { set.train[i].label = .eb }
        for i in set.validation.indices where set.validation[i].label == .pc { set.validation[i].label = .eb }
        let (_, reports) = try train(.astronet, set, seed: 7)
        XCTAssertTrue(reports[0].validationVettingAP.isNaN)
        for report in reports { XCTAssertEqual(report.score, report.validationTriageAP) }
        XCTAssertTrue(reports[0].isBest)
        XCTAssertEqual(Trainer.selectionScore(vettingAP: 0.8, triageAP: 0.9), 0.85, accuracy: 1e-12)
    }

    /// The weight average follows the weights with decay min(d, (1 + t)/(10 + t)) after step t, swaps in
    /// and back; with averaging, training returns the averaged weights and is still deterministic.
    func testWeightAverageFollowsTheWeights() throws {
        let parameter = Parameter(Tensor(shape: [2], scalars: [0, 0]))
        let parameters = [NamedParameter(name: "w", parameter: parameter)]
        var average = try XCTUnwrap(WeightAverage(parameters, decay: 0.5))
        XCTAssertNil(WeightAverage(parameters, decay: 0))
        parameter.value = Tensor(shape: [2], scalars: [1, 2])
        average.update(parameters)  // d = min(0.5, 2/11)
        parameter.value = Tensor(shape: [2], scalars: [3, 4])
        average.update(parameters)  // d = min(0.5, 3/12)
        let first = 9.0 / 11, second = (0.25 * first + 0.75 * 3, 0.25 * 2 * first + 0.75 * 4)
        let raw = average.swapIn(parameters)
        XCTAssertEqual(raw.map(\.scalars), [[3, 4]])
        XCTAssertEqual(Double(parameter.value.scalars[0]), second.0, accuracy: 1e-6)
        XCTAssertEqual(Double(parameter.value.scalars[1]), second.1, accuracy: 1e-6)
        WeightAverage.restore(raw, into: parameters)
        XCTAssertEqual(parameter.value.scalars, [3, 4])

        let set = try tinySet()
        var configuration = TrainingConfiguration(kind: .astronet)
        configuration.epochs = 2
        configuration.weightAveraging = 0.99
        configuration.cosineLearningRate = true
        let once = try Trainer(configuration: configuration).train(training: set.train, validation: set.validation)
        let twice = try Trainer(configuration: configuration).train(training: set.train, validation: set.validation)
        configuration.weightAveraging = 0
        let plain = try Trainer(configuration: configuration).train(training: set.train, validation: set.validation)
        XCTAssertEqual(try once.predict(set.validation), try twice.predict(set.validation))
        XCTAssertNotEqual(try once.predict(set.validation), try plain.predict(set.validation))
    }

    func testSaveLoadEnsembleAndViewLengthError() throws {
        let set = try tinySet()
        var configuration = TrainingConfiguration(kind: .astronet)
        configuration.epochs = 1
        let model = try Trainer(configuration: configuration).train(training: set.train, validation: set.validation, ensembleSize: 2)
        XCTAssertEqual(model.memberCount, 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exoscope-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("ensemble.json")
        try model.save(to: url)
        let loaded = try VettingModel.read(contentsOf: url)
        XCTAssertEqual(loaded.memberCount, 2)
        XCTAssertEqual(try loaded.predict(Array(set.validation.prefix(5))), try model.predict(Array(set.validation.prefix(5))))

        var views = set.validation[0].views
        views.local = Array(views.local.prefix(60))
        XCTAssertThrowsError(try loaded.predict(views: views, features: ScalarFeatures())) { error in
            XCTAssertEqual("\(error)", "local view must have 61 values, got 60")
        }
        XCTAssertThrowsError(try VettingModel.read(contentsOf: folder.appendingPathComponent("missing.safetensors")))
    }

    func testBundledSeedModelLoads() throws {
        let model = try VettingModel.seed
        XCTAssertEqual(model.kind, .seed)
        XCTAssertEqual(model.memberCount, 1)
        XCTAssertEqual(model.preprocessing.kind.classCount, 2)
    }

    func testSeedImageDrawsTheCurve() {
        let view = (0..<201).map { i -> Float in abs(i - 100) < 5 ? -1 : 0 }
        let image = SeedImage.render(view)
        XCTAssertEqual(image.count, 3 * 32 * 32)
        // The dip reaches the bottom row at the centre; the baseline sits on the top row.
        XCTAssertEqual(image[(0 * 32 + 31) * 32 + 16], 0.122, accuracy: 1e-6)
        XCTAssertEqual(image[(0 * 32 + 0) * 32 + 2], 0.122, accuracy: 1e-6)
        XCTAssertEqual(image[(0 * 32 + 15) * 32 + 2], 1)
    }

    func testScalarFeaturesAreBounded() {
        let huge = ScalarFeatures(period: 1e6, duration: 1e-9, signalToNoise: .infinity, depthChange: 1.5e25, ingressFraction: -10)
        for value in huge.scaled { XCTAssertTrue(value.isFinite && abs(value) <= 5) }
        XCTAssertEqual(ScalarFeatures().scaled.count, ScalarFeatures.scaledCount)
    }

    /// Kepler periods to hundreds of days (Kepler-90 d: 59.7 d, 0.35 d; a 700-day planet: 0.6 d) keep
    /// distinct, unclipped features: period, duration and duty cycle stay inside (-5, 5) and ordered.
    func testScalarFeaturesCoverKeplerPeriods() {
        let signals: [(period: Double, duration: Double)] = [(0.5, 0.05), (14, 0.15), (59.74, 0.35), (300, 0.5), (700, 0.6)]
        let scaled = signals.map { ScalarFeatures.fromSignal(period: $0.period, duration: $0.duration, signalToNoise: 14).scaled }
        for (signal, values) in zip(signals, scaled) {
            for value in values.prefix(4) { XCTAssertLessThan(abs(value), 5, "P = \(signal.period) d: \(values)") }
        }
        for (a, b) in zip(scaled, scaled.dropFirst()) {
            XCTAssertLessThan(a[0], b[0])  // period
            XCTAssertGreaterThan(a[2], b[2])  // duty cycle
        }
    }
}
