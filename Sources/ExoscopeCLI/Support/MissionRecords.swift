import Exoscope
import Foundation

/// Labelled view records made by `vet`'s own pipeline from simulated stars of every mission
/// scenario (``MissionScenario``: Kepler long cadence over 1-4 quarters, K2, TESS 2-min and
/// full-frame): each star is searched as `vet` searches it and every signal found becomes a record
/// with exactly the views and features the classifier sees at inference (``VettingPipeline/classifierInputs(lightCurve:)``).
///
/// Labels come from the star's truth: a planet's signal at its period is PC; a binary's at half, one or
/// twice its period is EB; a signal of a variable or quiet star, or one unrelated to a planet's or
/// binary's period, is J (what the search picks up from variability and noise); a planet's signal at
/// another harmonic is left out (neither a clean PC nor junk). Used by `exoscope dataset --simulated-per-kind`.
struct MissionRecords {
    /// Stars per kind and scenario.
    var perKind: Int
    /// Seed of the first star; star `i` of kind `k` in scenario `s` uses `seed + s·2²⁸ + k·2²⁰ + i`,
    /// like `BenchMissions`, so a training seed must lie far from the benchmark's (those are below 2³²).
    var seed: UInt64
    var scenarios: [MissionScenario] = MissionScenario.allCases
    var kinds: [MissionScenario.Kind] = MissionScenario.Kind.allCases
    var maxKeplerQuarters = 4

    /// The default seed: far above the benchmark's seeds.
    static let defaultSeed: UInt64 = 0x5452_4149_0000

    /// Records of every star, and the seeds of the stars whose light curves could not be searched with
    /// the error (they give no record, as in `vet`); `progress` is called after each star with (stars
    /// done, stars in all).
    func records(pipeline: VettingPipeline, progress: (Int, Int) -> Void) throws
        -> (records: [VettingRecord], failed: [(seed: UInt64, error: Error)]) {
        var records: [VettingRecord] = []
        var failed: [(seed: UInt64, error: Error)] = []
        let total = scenarios.count * kinds.count * perKind
        var done = 0
        for scenario in scenarios {
            let s = UInt64(MissionScenario.allCases.firstIndex(of: scenario) ?? 0)
            for kind in kinds {
                let k = UInt64(MissionScenario.Kind.allCases.firstIndex(of: kind) ?? 0)
                for i in 0..<perKind {
                    let starSeed = seed &+ s << 28 &+ k << 20 &+ UInt64(i)
                    let star = try scenario.star(kind, seed: starSeed, maxKeplerQuarters: maxKeplerQuarters)
                    let inputs: [ClassifierInput]
                    do {
                        inputs = try pipeline.classifierInputs(lightCurve: star.observedLightCurve)
                    } catch {
                        failed.append((starSeed, error))
                        inputs = []
                    }
                    for (number, input) in inputs.enumerated() {
                        guard let views = input.views, let label = Self.label(input.signal.period, star: star) else { continue }
                        // Row ids: 8 per star, room for the pipeline's signals (3 by default).
                        let starID = -Int64(truncatingIfNeeded: starSeed % (1 << 40)) - 1
                        var record = VettingRecord(rowID: starID * 8 - Int64(number), ticID: starID,
                                                   label: VettingLabel(disposition: label), views: views.viewSet,
                                                   features: input.features)
                        record.epoch = input.signal.epoch
                        records.append(record)
                    }
                    done += 1
                    progress(done, total)
                }
            }
        }
        return (records, failed)
    }

    /// The label of a signal found at `period` in `star`, or nil to leave it out.
    static func label(_ period: Double, star: MissionScenario.Star) -> String? {
        guard let truth = star.star.truth.ephemeris, truth.period > 0 else { return "J" }
        func near(_ multiple: Double) -> Bool { abs(period / (truth.period * multiple) - 1) < 0.01 }
        let harmonics: [Double] = [1.0 / 3, 0.5, 2.0 / 3, 1, 1.5, 2, 3]
        switch star.kind.starKind {
        case .planet:
            if near(1) { return "PC" }
        case .eb:
            if near(0.5) || near(1) || near(2) { return "EB" }
        default:
            return "J"
        }
        return harmonics.contains(where: near) ? nil : "J"
    }
}
