@testable import ExoClassifier
import ExoRandom
import ExoViews
import Foundation
import XCTest

/// The bundled models' probabilities on fixed inputs, against `Fixtures/bundled-model-probabilities.json`,
/// recorded from the ExoNN implementation before the inference kernels were reworked. Refactors of
/// ExoNN must leave them within `tolerance` (float32 summation order may change, nothing else).
/// Record the fixture again with `EXOSCOPE_RECORD_MODEL_FIXTURE=1` only when the bundled model changes.
final class BundledModelOutputTests: XCTestCase {
    private let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bundled-model-probabilities.json")
    /// Largest allowed difference of a probability from the recorded one.
    private let tolerance = 0.0

    private struct Recorded: Codable, Equatable {
        var defaultModel: [[Double]]
        var seedModel: [[Double]]
    }

    /// 24 signals: box dips of several depths and widths in seeded Gaussian noise, with varied features.
    private func examples() -> [ModelExample] {
        var generator = SeededGenerator(seed: 2026)
        let sizes = ViewSizes.tess
        func view(_ count: Int, depth: Double, halfWidth: Double, noise: Double) -> [Float] {
            (0..<count).map { i in
                let x = Double(i) / Double(max(count - 1, 1)) * 2 - 1
                return Float((abs(x) < halfWidth ? -depth : 0) + noise * generator.nextGaussian())
            }
        }
        return (0..<24).map { k in
            let depth = 0.2 + 0.8 * Double(k % 4) / 3
            let views = TransitViewSet(global: view(sizes.global, depth: depth, halfWidth: 0.02 + 0.01 * Double(k % 3), noise: 0.1),
                                       local: view(sizes.local, depth: depth, halfWidth: 0.3, noise: 0.1),
                                       secondary: view(sizes.secondary, depth: k % 5 == 0 ? 0.5 * depth : 0, halfWidth: 0.2, noise: 0.1))
            let features = ScalarFeatures(period: 0.5 + 3.7 * Double(k), duration: 0.05 + 0.02 * Double(k % 6),
                                          signalToNoise: 8 + 4 * Double(k), depthChange: 0.01 * Double(k % 7),
                                          ingressFraction: 0.1 + 0.02 * Double(k % 5))
            return ModelExample(views: views, features: features)
        }
    }

    private func current() throws -> Recorded {
        let inputs = examples()
        func rows(_ model: VettingModel) -> [[Double]] {
            model.predictExamples(inputs).map { [$0.pc, $0.eb, $0.j] }
        }
        return Recorded(defaultModel: rows(try VettingModel.default), seedModel: rows(try VettingModel.seed))
    }

    func testBundledModelsGiveTheRecordedProbabilities() throws {
        let now = try current()
        if ProcessInfo.processInfo.environment["EXOSCOPE_RECORD_MODEL_FIXTURE"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(now).write(to: fixture)
            return
        }
        let recorded = try JSONDecoder().decode(Recorded.self, from: Data(contentsOf: fixture))
        for (name, got, want) in [("default", now.defaultModel, recorded.defaultModel), ("seed", now.seedModel, recorded.seedModel)] {
            XCTAssertEqual(got.count, want.count, name)
            var worst = 0.0
            for (g, w) in zip(got, want) { for c in 0..<3 { worst = max(worst, abs(g[c] - w[c])) } }
            XCTAssertLessThanOrEqual(worst, tolerance, "\(name) model: largest probability change \(worst)")
        }
        // The inputs span the classes: the fixture is not a constant.
        XCTAssertGreaterThan(Set(recorded.defaultModel.map { $0.firstIndex(of: $0.max()!)! }).count, 1)
    }
}
