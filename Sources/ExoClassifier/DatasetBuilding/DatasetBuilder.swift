import ExoBasics
import ExoDetrend
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

    /// The record of one TCE from its star's (stitched) light curve.
    public func record(for entry: TCEEntry, lightCurve: LightCurve) throws -> VettingRecord {
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
                                     signalToNoise: entry.signalToNoise.isFinite ? entry.signalToNoise : ScalarFeatures().signalToNoise,
                                     depthChange: Self.oddEvenDepthChange(made)))
        record.epoch = entry.epoch
        return record
    }

    /// Relative difference of the odd and even transit depths at the centre of the local view.
    static func oddEvenDepthChange(_ views: TransitViews) -> Double {
        let centre = views.local.count / 2
        guard views.odd.indices.contains(centre), views.even.indices.contains(centre) else { return 0 }
        let odd = Double(-views.odd[centre]), even = Double(-views.even[centre])
        let mean = (odd + even) / 2
        return mean > 0 ? (odd - even) / mean : 0
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
