import ExoNN
import ExoRandom
import Foundation

/// Trains ``VettingModel``s on labelled records with early stopping on the validation set.
///
/// ```swift
/// var configuration = TrainingConfiguration(kind: .astronet)
/// configuration.epochs = 20
/// let model = try Trainer(configuration: configuration)
///     .train(training: train, validation: val, ensembleSize: 3) { print($0) }
/// ```
/// Deterministic: the same records, configuration and seed give the same weights.
public struct Trainer: Sendable {
    /// The settings.
    public var configuration: TrainingConfiguration

    /// A trainer with `configuration`.
    public init(configuration: TrainingConfiguration) {
        self.configuration = configuration
    }

    /// Trains `ensembleSize` networks (seeds `seed`, `seed + 1`, ...) and returns them as one model.
    ///
    /// With an empty `validation` set every network trains for exactly ``TrainingConfiguration/epochs``
    /// epochs and keeps its last weights (the epoch count chosen beforehand, e.g. by ``CrossValidation``).
    ///
    /// - Parameters:
    ///   - progress: called after every epoch.
    ///   - validationPredictions: called after every epoch with the member's predictions on `validation`
    ///     (member, epoch, predictions), e.g. to score ensembles of every epoch count.
    /// - Throws: ``ClassifierError/invalidArgument(_:)`` when the training set is empty or a set is unlabelled.
    public func train(training: [VettingRecord], validation: [VettingRecord], ensembleSize: Int = 1,
                      progress: (EpochReport) -> Void = { _ in },
                      validationPredictions: (Int, Int, [ClassProbabilities]) -> Void = { _, _, _ in }) throws -> VettingModel {
        let c = configuration
        guard !training.isEmpty else {
            throw ClassifierError.invalidArgument("the training set must not be empty")
        }
        guard c.epochs >= 1, c.batchSize >= 1, ensembleSize >= 1 else {
            throw ClassifierError.invalidArgument("epochs, batch size and ensemble size must be at least 1, got \(c.epochs), \(c.batchSize), \(ensembleSize)")
        }
        let trainLabels = try labels(of: training, name: "training")
        let validationLabels = try labels(of: validation, name: "validation")
        guard let first = training.first else { return VettingModel(preprocessing: ModelPreprocessing(kind: c.kind), members: []) }
        let preprocessing = ModelPreprocessing(kind: c.kind, viewSizes: first.views.sizes)
        var members: [any Model] = []
        for member in 0..<ensembleSize {
            members.append(trainOne(member: member, seed: c.seed &+ UInt64(member), preprocessing: preprocessing,
                                    training: training, trainLabels: trainLabels,
                                    validation: validation, validationLabels: validationLabels, progress: progress,
                                    validationPredictions: { validationPredictions(member, $0, $1) }))
        }
        return VettingModel(preprocessing: preprocessing, members: members)
    }

    private func labels(of records: [VettingRecord], name: String) throws -> [VettingLabel] {
        try records.enumerated().map { index, record in
            guard let label = record.label else {
                throw ClassifierError.invalidArgument("\(name) record \(index) (row_id \(record.rowID)) has no label")
            }
            return label
        }
    }

    /// The loss weight of each output class.
    func classWeights(_ labels: [VettingLabel], kind: VettingModelKind) -> [Float] {
        let targets = labels.map { target(for: $0, kind: kind) }
        let classes = kind.classCount
        return (0..<classes).map { k in
            let n = max(targets.filter { $0 == k }.count, 1)
            return Float(pow(Double(targets.count) / Double(classes * n), configuration.classWeightPower))
        }
    }

    /// The output class of a label: PC/EB/J for astronet; (not planet 0, planet 1) for seed.
    func target(for label: VettingLabel, kind: VettingModelKind) -> Int {
        kind == .astronet ? label.classIndex : (label == .pc ? 1 : 0)
    }

    private func makeNetwork(kind: VettingModelKind, preprocessing: ModelPreprocessing, seed: UInt64) -> any Model {
        let network: any Model = kind == .astronet
            ? Architectures.astronet(viewSizes: preprocessing.viewSizes, scalarCount: preprocessing.scalarFeatureCount, dropoutSeed: seed)
            : Architectures.seed(imageSize: preprocessing.imageSize)
        network.initializeParameters(seed: seed)
        return network
    }

    private func trainOne(member: Int, seed: UInt64, preprocessing: ModelPreprocessing,
                          training: [VettingRecord], trainLabels: [VettingLabel],
                          validation: [VettingRecord], validationLabels: [VettingLabel],
                          progress: (EpochReport) -> Void,
                          validationPredictions: (Int, [ClassProbabilities]) -> Void) -> any Model {
        let c = configuration
        let kind = c.kind
        let network = makeNetwork(kind: kind, preprocessing: preprocessing, seed: seed)
        let loss = SoftmaxCrossEntropy(classWeights: classWeights(trainLabels, kind: kind),
                                       labelSmoothing: Float(c.labelSmoothing))
        let adam = Adam(learningRate: c.learningRate)
        let examples = training.map { ModelExample(views: $0.views, features: $0.features) }
        let targets = trainLabels.map { target(for: $0, kind: kind) }
        let validationModel = VettingModel(preprocessing: preprocessing, members: [network])
        let validationExamples = validation.map { ModelExample(views: $0.views, features: $0.features) }
        let root = SeededGenerator(seed: seed).split(stream: 0x7261_696E)
        var bestScore = -Double.infinity
        var bestWeights: [Tensor] = network.parameters.map(\.parameter.value)
        var averaged = WeightAverage(network.parameters, decay: c.weightAveraging)
        let junk = trainLabels.filter { $0 == .j }.count
        let drawn = Double(training.count - junk) + Double(junk) * min(max(c.junkFraction, 0), 1)
        let stepsPerEpoch = Int((drawn / Double(c.batchSize)).rounded(.up))
        let schedule: LearningRateSchedule = c.cosineLearningRate
            ? .cosine(base: c.learningRate, totalSteps: max(c.epochs * stepsPerEpoch, 1), minimum: c.learningRate / 100)
            : .constant(c.learningRate)
        var step = 0
        var epochsSinceBest = 0
        for epoch in 1...c.epochs {
            let started = Date()
            var generator = root.split(stream: UInt64(epoch))
            var order = training.indices.filter { trainLabels[$0] != .j || c.junkFraction >= 1 || generator.nextUniform() < c.junkFraction }
            order.shuffle(using: &generator)
            var lossSum = 0.0, batches = 0
            var start = 0
            while start < order.count {
                let batch = order[start..<min(start + c.batchSize, order.count)]
                start += c.batchSize
                var batchExamples: [ModelExample] = []
                batchExamples.reserveCapacity(batch.count)
                for index in batch {
                    var example = examples[index]
                    if c.occultationProbability > 0 && trainLabels[index] == .pc
                        && generator.nextUniform() < c.occultationProbability {
                        example.replaceSecondaryWithOccultation(generator: &generator)
                    }
                    if c.timeReversal && generator.nextUniform() < 0.5 { example.reverse() }
                    if c.noiseSigma > 0 { example.addNoise(sigma: c.noiseSigma, generator: &generator) }
                    batchExamples.append(example)
                }
                let inputs = ModelInput.tensors(batchExamples, kind: kind, imageSize: preprocessing.imageSize)
                network.zeroGradients()
                let result = loss.evaluate(logits: network.forward(inputs, training: true), labels: batch.map { targets[$0] })
                network.backpropagate(result.gradient)
                clipGradients(network.parameters, maxNorm: c.maxGradientNorm)
                adam.learningRate = schedule.learningRate(atStep: step)
                adam.step(network.parameters)
                averaged?.update(network.parameters)
                step += 1
                lossSum += Double(result.loss)
                batches += 1
            }
            // Scored (and kept) with the averaged weights; training goes on from the raw ones.
            let raw = averaged?.swapIn(network.parameters)
            defer { if let raw { WeightAverage.restore(raw, into: network.parameters) } }
            var predictions: [ClassProbabilities] = []
            var offset = 0
            while offset < validationExamples.count {
                let end = min(offset + 256, validationExamples.count)
                predictions += validationModel.predictExamples(Array(validationExamples[offset..<end]))
                offset = end
            }
            validationPredictions(epoch, predictions)
            let report = EvaluationReport(predictions: predictions, labels: validationLabels)
            let score = kind == .astronet
                ? Self.selectionScore(vettingAP: report.vetting.averagePrecision, triageAP: report.triage.averagePrecision)
                : report.vetting.averagePrecision
            // Without validation records every epoch counts as the best: the last one is kept.
            let isBest = validation.isEmpty || score > bestScore
            if isBest {
                bestScore = score
                bestWeights = network.parameters.map(\.parameter.value)
                epochsSinceBest = 0
            } else {
                epochsSinceBest += 1
            }
            progress(EpochReport(member: member, epoch: epoch, loss: lossSum / Double(max(batches, 1)),
                                 validationVettingAP: report.vetting.averagePrecision,
                                 validationTriageAP: report.triage.averagePrecision,
                                 seconds: Date().timeIntervalSince(started), isBest: isBest, score: score))
            if epochsSinceBest >= c.patience { break }
        }
        if c.keepsBestEpoch {
            WeightAverage.restore(bestWeights, into: network.parameters)
        } else if let averaged {
            _ = averaged.swapIn(network.parameters)
        }
        return network
    }

    /// The early-stopping score of an `astronet` epoch: the mean of the validation vetting and triage
    /// average precisions, or the one that is defined when the validation set lacks a class (a
    /// triage-only set has no PC, so its vetting AP is NaN).
    static func selectionScore(vettingAP: Double, triageAP: Double) -> Double {
        switch (vettingAP.isNaN, triageAP.isNaN) {
        case (false, false): return (vettingAP + triageAP) / 2
        case (true, false): return triageAP
        default: return vettingAP
        }
    }
}

/// An exponential moving average of a network's weights (``TrainingConfiguration/weightAveraging``).
struct WeightAverage {
    private var values: [[Float]]
    private let decay: Double
    private var updates = 0

    /// The average of `parameters`, starting from their values; nil when `decay` is 0 (no averaging).
    init?(_ parameters: [NamedParameter], decay: Double) {
        guard decay > 0 else { return nil }
        self.decay = min(decay, 1)
        values = parameters.map(\.parameter.value.scalars)
    }

    /// Moves the average towards the current weights, after an optimizer step.
    mutating func update(_ parameters: [NamedParameter]) {
        updates += 1
        let d = Float(min(decay, Double(1 + updates) / Double(10 + updates))), e = 1 - d
        for (index, named) in parameters.enumerated() {
            named.parameter.value.scalars.withUnsafeBufferPointer { w in
                values[index].withUnsafeMutableBufferPointer { a in
                    for i in 0..<a.count { a[i] = d * a[i] + e * w[i] }
                }
            }
        }
    }

    /// Puts the averaged weights into `parameters` and returns the weights they held.
    func swapIn(_ parameters: [NamedParameter]) -> [Tensor] {
        let raw = parameters.map(\.parameter.value)
        for (index, named) in parameters.enumerated() {
            named.parameter.value = Tensor(shape: raw[index].shape, scalars: values[index])
        }
        return raw
    }

    /// Puts `weights` back into `parameters`.
    static func restore(_ weights: [Tensor], into parameters: [NamedParameter]) {
        for (named, value) in zip(parameters, weights) { named.parameter.value = value }
    }
}
