import ExoBasics
import ExoDetrend
import ExoDiagnostics
import ExoLightCurve
import ExoViews
import Foundation

/// Builds labelled view records from a TCE catalogue and the stars' light-curve files, as
/// AstroNet's `generate_input_records` does: read and stitch each star's files, detrend with a
/// biweight filter (transits of the TCE masked), fold, bin and normalise the views.
///
/// A star whose files are missing or unreadable, or whose data hold no point in transit, is
/// reported in ``Result/skipped`` and left out.
public struct DatasetBuilder: Sendable {
    /// What a build produced.
    public struct Result: Sendable {
        /// One record per usable TCE, in catalogue order.
        public var records: [VettingRecord]
        /// The TCEs left out, each with the reason.
        public var skipped: [(entry: TCEEntry, reason: String)]
    }

    /// View sizes and spans.
    public var views: ViewConfiguration

    /// A builder making views with `views`.
    public init(views: ViewConfiguration = .tess) {
        self.views = views
    }

    /// Builds records for `entries` from the FITS files under `directory`. A star's files are those
    /// whose name contains its KIC/TIC number as a run of digits (leading zeros ignored), as the
    /// mission archives name them.
    public func build(entries: [TCEEntry], lightCurveDirectory directory: URL) -> Result {
        let filesByStar = Self.indexFiles(in: directory)
        var result = Result(records: [], skipped: [])
        var cache: [Int64: Swift.Result<LightCurve, Error>] = [:]
        for entry in entries {
            guard let files = filesByStar[entry.starID], !files.isEmpty else {
                result.skipped.append((entry, "no light-curve file for star \(entry.starID) in \(directory.path)"))
                continue
            }
            let lightCurve: LightCurve
            let loaded = cache[entry.starID] ?? Swift.Result { try LightCurveReader.read(contentsOf: files) }
            cache[entry.starID] = loaded
            switch loaded {
            case let .success(value): lightCurve = value
            case let .failure(error):
                result.skipped.append((entry, "\(error)"))
                continue
            }
            do {
                result.records.append(try record(for: entry, lightCurve: lightCurve))
            } catch {
                result.skipped.append((entry, "\(error)"))
            }
        }
        return result
    }

    /// The record of one TCE from its star's (stitched) light curve; without an SNR in the
    /// catalogue, the training set's median SNR stands in.
    public func record(for entry: TCEEntry, lightCurve: LightCurve) throws -> VettingRecord {
        try record(for: entry, lightCurve: lightCurve) { _, _ in
            entry.signalToNoise.isFinite ? entry.signalToNoise : ScalarFeatures().signalToNoise
        }
    }

    /// The record of a simulated signal of known `depth` (fractional), made exactly as a catalogue
    /// TCE's: its SNR is ``signalToNoise(depth:flat:ephemeris:)`` on the detrended light curve.
    /// `train --synthetic` and `simulate --tfrecord` both make their records here.
    public func syntheticRecord(for entry: TCEEntry, depth: Double, lightCurve: LightCurve) throws -> VettingRecord {
        try record(for: entry, lightCurve: lightCurve) { flat, ephemeris in
            Self.signalToNoise(depth: depth, flat: flat, ephemeris: ephemeris)
        }
    }

    /// Detrends (biweight, the TCE's transits masked), folds into views and measures the features;
    /// `signalToNoise` gives the SNR from the detrended light curve.
    private func record(for entry: TCEEntry, lightCurve: LightCurve,
                        signalToNoise: (LightCurve, Ephemeris) -> Double) throws -> VettingRecord {
        let ephemeris = Ephemeris(period: entry.period, epoch: entry.epoch, duration: entry.duration)
        let inTransit = lightCurve.time.map { ephemeris.isInTransit($0, widthInDurations: 2) }
        guard inTransit.contains(true) else {
            throw ClassifierError.invalidArgument("star \(entry.starID): no data in transit (period \(entry.period) d, epoch \(entry.epoch))")
        }
        let window = Detrender.defaultWindow(longestDurationDays: entry.duration, cadenceDays: lightCurve.metadata.cadenceDays)
        let flat = Detrender.biweight(windowDays: window).detrend(lightCurve, mask: inTransit).flattened.removingNaNs()
        let made = try TransitViews.make(lightCurve: flat, period: entry.period, epoch: entry.epoch,
                                         duration: entry.duration, configuration: views)
        var record = VettingRecord(
            rowID: entry.rowID, ticID: entry.starID, label: entry.label, views: made.viewSet,
            features: ScalarFeatures(period: entry.period, duration: entry.duration,
                                     signalToNoise: signalToNoise(flat, ephemeris),
                                     depthChange: Self.depthChange(flat: flat, ephemeris: ephemeris)))
        record.epoch = entry.epoch
        return record
    }

    /// The odd/even depth change of a detrended light curve, measured as the vetting pipeline
    /// measures it (``TransitDiagnoser``'s odd and even depths, ``ScalarFeatures/depthChange(_:)``),
    /// so that records and inference give the classifier the same quantity.
    static func depthChange(flat: LightCurve, ephemeris: Ephemeris) -> Double {
        let sigma = RobustStatistics.standardDeviation(flat.flux)
        let diagnoser = TransitDiagnoser(time: flat.time, flux: flat.flux, sigma: sigma.isFinite ? sigma : 0)
        return ScalarFeatures.depthChange(diagnoser.diagnose(ephemeris, stellarDensity: 1).oddEven)
    }

    /// The SNR of a transit of `depth` in a detrended light curve: depth / σ × √n, with σ the robust
    /// standard deviation of the points out of transit and n the points within the transits
    /// (0 when either is missing).
    public static func signalToNoise(depth: Double, flat: LightCurve, ephemeris: Ephemeris) -> Double {
        let inTransit = flat.time.map { ephemeris.isInTransit($0) }
        let outside = zip(flat.flux, inTransit).filter { !$0.1 }.map(\.0)
        let sigma = RobustStatistics.standardDeviation(outside)
        let points = Double(inTransit.filter { $0 }.count)
        guard sigma.isFinite, sigma > 0, points > 0 else { return 0 }
        return max(depth, 0) / sigma * points.squareRoot()
    }

    /// FITS files under `directory` (recursively) by every number their name contains.
    static func indexFiles(in directory: URL) -> [Int64: [URL]] {
        var index: [Int64: [URL]] = [:]
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return index }
        for case let url as URL in enumerator {
            let name = url.lastPathComponent.lowercased()
            guard name.hasSuffix(".fits") || name.hasSuffix(".fits.gz") || name.hasSuffix(".fit") else { continue }
            var numbers = Set<Int64>()
            var digits = ""
            for character in name + "_" {
                if character.isASCII && character.isNumber {
                    digits.append(character)
                } else {
                    if let value = Int64(digits), !digits.isEmpty { numbers.insert(value) }
                    digits = ""
                }
            }
            for number in numbers { index[number, default: []].append(url) }
        }
        for key in index.keys { index[key]?.sort { $0.path < $1.path } }
        return index
    }
}
