import Exoscope

/// Simulated stars (ExoSim) as labelled view records: the example's signal handed to
/// ``DatasetBuilder/syntheticRecord(for:depth:lightCurve:)``, which makes them as `exoscope dataset`
/// makes a catalogue TCE's (TESS views). Used by `train --synthetic` and `simulate --tfrecord`.
enum SyntheticRecords {
    /// The record of one example, with the ids given.
    static func record(for example: SyntheticExample, rowID: Int64, starID: Int64) throws -> VettingRecord {
        let e = example.ephemeris
        let entry = TCEEntry(rowID: rowID, starID: starID, period: e.period, epoch: e.epoch, duration: e.duration,
                             label: VettingLabel(disposition: example.label))
        return try DatasetBuilder(views: .tess).syntheticRecord(for: entry, depth: e.depth, lightCurve: example.lightCurve)
    }

    /// `count` simulated TESS examples (balanced PC/EB/J) for training. Row and star ids are negative
    /// so they never collide with real ones; examples whose views cannot be made are left out.
    static func training(count: Int, seed: UInt64) throws -> [VettingRecord] {
        try (0..<count).compactMap { index in
            let example = try SyntheticExamples.example(index: index, count: count, mission: .tess, seed: seed &+ 0x5349_4D00)
            return try? record(for: example, rowID: -Int64(index + 1), starID: -Int64(index + 1))
        }
    }
}
