import ExoRandom
import Foundation

/// k-fold cross-validation by star: every record of one star (`tic_id`) falls in the same fold, so a
/// network is never scored on a star it was trained on.
///
/// Each fold's networks train on the other folds for a fixed number of epochs (no early stopping:
/// the held-out fold chooses nothing) while their predictions on the held-out fold are recorded
/// after every epoch. The ensemble's average precisions are then known for every epoch count, so
/// the epoch count of a model trained on all records can be chosen from the mean over folds.
///
/// ```swift
/// let cv = CrossValidation(folds: 5, seed: 1, configuration: TrainingConfiguration(kind: .astronet))
/// let result = try cv.run(records: trainAndVal, ensembleSize: 3) { print($0) }
/// result.folds.map(\.final.vettingAP); result.bestEpochCount
/// ```
public struct CrossValidation: Sendable {
    /// Number of folds (at least 2).
    public var folds: Int
    /// Seed of the assignment of stars to folds.
    public var seed: UInt64
    /// How each fold's networks train; `epochs` is the fixed epoch count.
    public var configuration: TrainingConfiguration

    /// A cross-validation of `folds` folds; stars are assigned to folds with `seed`.
    public init(folds: Int, seed: UInt64, configuration: TrainingConfiguration) {
        self.folds = folds
        self.seed = seed
        var fixed = configuration
        fixed.keepsBestEpoch = false
        fixed.patience = Int.max
        self.configuration = fixed
    }

    /// The scores of one ensemble on one held-out fold.
    public struct Scores: Codable, Equatable, Sendable {
        /// Average precision, PC against the rest.
        public var vettingAP: Double
        /// Average precision, PC and EB against J.
        public var triageAP: Double
    }

    /// What one fold gave.
    public struct Fold: Codable, Equatable, Sendable {
        /// Fold number (0-based).
        public var index: Int
        /// Records trained on and held out.
        public var trainCount: Int
        /// Held-out records.
        public var testCount: Int
        /// Held-out planet candidates and binaries.
        public var testPC: Int
        public var testEB: Int
        /// The ensemble's scores after 1, 2, ... epochs (all members averaged at that epoch).
        public var byEpoch: [Scores]
        /// The scores after the last epoch.
        public var final: Scores { byEpoch.last ?? Scores(vettingAP: .nan, triageAP: .nan) }
    }

    /// All folds.
    public struct Result: Codable, Equatable, Sendable {
        public var folds: [Fold]
        /// Mean over folds after each epoch count.
        public var meanByEpoch: [Scores] {
            let epochs = folds.map(\.byEpoch.count).min() ?? 0
            return (0..<epochs).map { e in
                Scores(vettingAP: CrossValidation.mean(folds.map { $0.byEpoch[e].vettingAP }),
                       triageAP: CrossValidation.mean(folds.map { $0.byEpoch[e].triageAP }))
            }
        }
        /// The epoch count whose mean over folds of (vetting AP + triage AP) / 2 is highest.
        public var bestEpochCount: Int {
            let means = meanByEpoch
            guard let best = means.indices.max(by: {
                Trainer.selectionScore(vettingAP: means[$0].vettingAP, triageAP: means[$0].triageAP)
                    < Trainer.selectionScore(vettingAP: means[$1].vettingAP, triageAP: means[$1].triageAP)
            }) else { return 0 }
            return best + 1
        }
    }

    /// The fold (0..<folds) of every record: the stars (`ticID`, or the row id when the star is
    /// unknown) are shuffled with `seed` and dealt round-robin.
    public func assignment(of records: [VettingRecord]) -> [Int] {
        func star(_ r: VettingRecord) -> Int64 { r.ticID >= 0 ? r.ticID : -1 - abs(r.rowID) }
        var stars = Array(Set(records.map(star))).sorted()
        var generator = SeededGenerator(seed: seed).split(stream: 0x666F_6C64)
        stars.shuffle(using: &generator)
        var foldOfStar: [Int64: Int] = [:]
        for (i, s) in stars.enumerated() { foldOfStar[s] = i % folds }
        return records.map { foldOfStar[star($0)] ?? 0 }
    }

    /// Trains and scores every fold in turn (member i of every fold uses seed `configuration.seed + i`).
    ///
    /// - Throws: ``ClassifierError/invalidArgument(_:)`` for fewer than 2 folds or records without labels.
    public func run(records: [VettingRecord], ensembleSize: Int = 1,
                    progress: (Int, EpochReport) -> Void = { _, _ in }) throws -> Result {
        guard folds >= 2 else { throw ClassifierError.invalidArgument("cross-validation needs at least 2 folds, got \(folds)") }
        let fold = assignment(of: records)
        var results: [Fold] = []
        for k in 0..<folds {
            let train = records.indices.filter { fold[$0] != k }.map { records[$0] }
            let test = records.indices.filter { fold[$0] == k }.map { records[$0] }
            let labels = try test.enumerated().map { i, r in
                guard let label = r.label else {
                    throw ClassifierError.invalidArgument("record \(i) of fold \(k) (row_id \(r.rowID)) has no label")
                }
                return label
            }
            // sums[e][i]: class probabilities of record i summed over the members after epoch e + 1.
            var sums = [[ClassProbabilities]](repeating: [], count: configuration.epochs)
            _ = try Trainer(configuration: configuration).train(
                training: train, validation: test, ensembleSize: ensembleSize,
                progress: { progress(k, $0) },
                validationPredictions: { _, epoch, predictions in
                    let e = epoch - 1
                    if sums[e].isEmpty { sums[e] = predictions; return }
                    for i in predictions.indices {
                        sums[e][i].pc += predictions[i].pc
                        sums[e][i].eb += predictions[i].eb
                        sums[e][i].j += predictions[i].j
                    }
                })
            let byEpoch = sums.filter { !$0.isEmpty }.map { summed -> Scores in
                let report = EvaluationReport(predictions: summed, labels: labels)
                return Scores(vettingAP: report.vetting.averagePrecision, triageAP: report.triage.averagePrecision)
            }
            results.append(Fold(index: k, trainCount: train.count, testCount: test.count,
                                testPC: labels.filter { $0 == .pc }.count, testEB: labels.filter { $0 == .eb }.count,
                                byEpoch: byEpoch))
        }
        return Result(folds: results)
    }

    /// Mean of `values`.
    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation of `values` (0 for fewer than two).
    public static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let m = mean(values)
        return (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
    }
}
