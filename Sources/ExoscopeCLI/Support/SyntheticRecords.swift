import ExoClassifier
import ExoDetrend
import ExoViews
import Exoscope
import Foundation

/// Turns simulated stars into labelled view records in the format of the TESS vetting set.
enum SyntheticRecords {
    /// The record of one synthetic example: the light curve detrended (biweight, window three
    /// durations and at least 0.5 d, the example's transits masked), folded into TESS-sized views on
    /// the example's ephemeris; `row_id` is `index`, `tic_id` the star's seed.
    static func record(for example: SyntheticExample, index: Int) throws -> VettingRecord {
        let e = example.ephemeris
        let lc = example.lightCurve
        let inTransit = lc.time.map { e.ephemeris.isInTransit($0, widthInDurations: 2) }
        let window = Detrender.defaultWindow(longestDurationDays: e.duration, cadenceDays: lc.metadata.cadenceDays)
        let flat = Detrender.biweight(windowDays: window).detrend(lc, mask: inTransit).flattened.removingNaNs()
        let views = try TransitViews.make(lightCurve: flat, period: e.period, epoch: e.epoch, duration: e.duration)
        let noise = example.truth.noisePerCadence
        let pointsInTransit = Double(inTransit.filter { $0 }.count) / 2  // the mask spans two durations
        let snr = noise > 0 ? e.depth / noise * pointsInTransit.squareRoot() : 0
        let label = VettingLabel(disposition: example.label)
        var record = VettingRecord(rowID: Int64(index), ticID: Int64(truncatingIfNeeded: example.truth.seed), label: label,
                                   views: views.viewSet,
                                   features: .fromSignal(period: e.period, duration: e.duration, signalToNoise: snr))
        record.epoch = e.epoch
        return record
    }
}
