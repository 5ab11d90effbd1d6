import ExoNN
import ExoRandom
import Foundation

/// The shipped classifier (`Sources/ExoClassifier/Resources`, what `vet` and `predict` run): one
/// ensemble member loaded from its model file; inputs are the TESS views (global 201, local and
/// secondary 61) and 6 scalar features.
enum ShippedModel {
    static let member = URL(fileURLWithPath: #filePath)   // Benchmarks/BenchNN/<this file>
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ExoClassifier/Resources/default-model.member-0.safetensors")

    static func inputs(batch: Int, generator: inout SeededGenerator) -> [Tensor] {
        [Tensor(shape: [batch, 1, 201], standardDeviation: 1, generator: &generator),
         Tensor(shape: [batch, 1, 61], standardDeviation: 1, generator: &generator),
         Tensor(shape: [batch, 1, 61], standardDeviation: 1, generator: &generator),
         Tensor(shape: [batch, 6], standardDeviation: 1, generator: &generator)]
    }
}
