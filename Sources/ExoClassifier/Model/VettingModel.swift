import ExoNN
import ExoViews
import Foundation

/// A trained classifier of transit signals: one network or an ensemble of networks trained with
/// different seeds, whose class probabilities are averaged.
///
/// ```swift
/// let model = try VettingModel.default
/// let p = try model.predict(views: views.viewSet,
///                           features: .fromSignal(period: 3.29, duration: 0.142, signalToNoise: 56))
/// print(p.pc, p.eb, p.j)
/// ```
///
/// Prediction is serialised by a lock (layers keep per-call buffers), so one instance may be
/// shared between threads.
public final class VettingModel: @unchecked Sendable {
    /// The architecture family and input settings.
    public let preprocessing: ModelPreprocessing
    /// The ensemble members (one for a single model).
    let members: [any Model]
    private let lock = NSLock()

    /// A model from trained networks of `preprocessing.kind`.
    init(preprocessing: ModelPreprocessing, members: [any Model]) {
        self.preprocessing = preprocessing
        self.members = members
    }

    /// The architecture family.
    public var kind: VettingModelKind { preprocessing.kind }
    /// Number of ensemble members.
    public var memberCount: Int { members.count }

    /// Class probabilities of one signal.
    ///
    /// - Throws: ``ClassifierError/invalidArgument(_:)`` when a view's length differs from the
    ///   model's ``ModelPreprocessing/viewSizes``.
    public func predict(views: TransitViewSet, features: ScalarFeatures) throws -> ClassProbabilities {
        try check(views)
        return predictExamples([ModelExample(views: views, features: features)])[0]
    }

    /// Class probabilities of every record, in order (computed in batches of `batchSize`).
    public func predict(_ records: [VettingRecord], batchSize: Int = 256) throws -> [ClassProbabilities] {
        for record in records { try check(record.views) }
        let examples = records.map { ModelExample(views: $0.views, features: $0.features) }
        var result: [ClassProbabilities] = []
        result.reserveCapacity(records.count)
        var start = 0
        while start < examples.count {
            let end = min(start + max(batchSize, 1), examples.count)
            result.append(contentsOf: predictExamples(Array(examples[start..<end])))
            start = end
        }
        return result
    }

    func predictExamples(_ examples: [ModelExample]) -> [ClassProbabilities] {
        lock.lock()
        defer { lock.unlock() }
        let inputs = ModelInput.tensors(examples, kind: kind, imageSize: preprocessing.imageSize)
        var sums = [[Double]](repeating: [0, 0, 0], count: examples.count)
        for member in members {
            let probabilities = Self.probabilities(of: member, inputs: inputs, kind: kind)
            for i in sums.indices { for c in 0..<3 { sums[i][c] += probabilities[i][c] } }
        }
        let k = Double(max(members.count, 1))
        return sums.map { ClassProbabilities(pc: $0[0] / k, eb: $0[1] / k, j: $0[2] / k) }
    }

    /// Per-example (pc, eb, j) of one network; the two-class seed model gives eb = 0.
    static func probabilities(of model: any Model, inputs: [Tensor], kind: VettingModelKind) -> [[Double]] {
        let logits = model(inputs)
        let classes = logits.shape[1]
        return (0..<logits.shape[0]).map { row in
            let z = (0..<classes).map { Double(logits.scalars[row * classes + $0]) }
            let top = z.max() ?? 0
            let e = z.map { Foundation.exp($0 - top) }
            let total = e.reduce(0, +)
            let p = e.map { $0 / total }
            // Seed outputs are (not planet, planet).
            return classes == 3 ? p : [p[1], 0, p[0]]
        }
    }

    private func check(_ views: TransitViewSet) throws {
        let expected = preprocessing.viewSizes
        for (name, count, want) in [("global", views.global.count, expected.global), ("local", views.local.count, expected.local),
                                    ("secondary", views.secondary.count, expected.secondary)] where count != want {
            throw ClassifierError.invalidArgument("\(name) view must have \(want) values, got \(count)")
        }
    }
}
