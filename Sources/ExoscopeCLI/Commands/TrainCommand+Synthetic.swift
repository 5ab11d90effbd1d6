import ExoBasics
import Exoscope
import Foundation

extension TrainCommand {
    /// `count` simulated TESS examples (ExoSim, balanced PC/EB/J) turned into view records the same
    /// way `exoscope dataset` makes them (biweight detrending, TESS views). Row ids are negative so
    /// they never collide with real ones; examples whose views cannot be made are left out.
    static func syntheticRecords(count: Int, seed: UInt64) throws -> [VettingRecord] {
        let builder = DatasetBuilder(views: .tess)
        var records: [VettingRecord] = []
        for index in 0..<count {
            let example = try SyntheticExamples.example(index: index, count: count, mission: .tess, seed: seed &+ 0x5349_4D00)
            let e = example.ephemeris
            let flux = example.lightCurve.flux.filter(\.isFinite)
            let sigma = RobustStatistics.standardDeviation(flux)
            let cadence = example.lightCurve.metadata.cadenceDays.isFinite ? example.lightCurve.metadata.cadenceDays : 2.0 / 1440
            let span = (example.lightCurve.time.last ?? 0) - (example.lightCurve.time.first ?? 0)
            let inTransitPoints = max(span / e.period, 1) * e.duration / cadence
            let snr = sigma > 0 ? max(e.depth, 0) / sigma * inTransitPoints.squareRoot() : 0
            let entry = TCEEntry(rowID: -Int64(index + 1), starID: -Int64(index + 1), period: e.period, epoch: e.epoch,
                                 duration: e.duration, label: VettingLabel(disposition: example.label), signalToNoise: snr)
            if let record = try? builder.record(for: entry, lightCurve: example.lightCurve) { records.append(record) }
        }
        return records
    }
}
