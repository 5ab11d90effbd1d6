import ExoBasics
import Foundation

/// One threshold-crossing event of a catalogue: the star, the ephemeris and the label.
public struct TCEEntry: Equatable, Sendable {
    /// The catalogue's line number (1-based, counting every line), used as `row_id` when the
    /// catalogue has no `row_id` column.
    public var rowID: Int64
    /// The star: KIC (`kepid`) or TIC (`tic_id`) number.
    public var starID: Int64
    /// Orbital period, days.
    public var period: Double
    /// Transit epoch in the mission's time system (BKJD for Kepler, BTJD for TESS).
    public var epoch: Double
    /// Transit duration, days.
    public var duration: Double
    /// The label, nil when unknown (DR24 `UNK`, or no label column).
    public var label: VettingLabel?
    /// Signal-to-noise ratio, NaN when the catalogue has none.
    public var signalToNoise: Double

    /// An entry from its values (times and durations in days).
    public init(rowID: Int64, starID: Int64, period: Double, epoch: Double, duration: Double, label: VettingLabel?,
                signalToNoise: Double = .nan) {
        self.rowID = rowID
        self.starID = starID
        self.period = period
        self.epoch = epoch
        self.duration = duration
        self.label = label
        self.signalToNoise = signalToNoise
    }
}

/// Reads TCE tables: the Kepler DR24 columns (kepid, tce_plnt_num, tce_period, tce_time0bk,
/// tce_duration in hours, av_training_set) or the TESS set's (tic_id, Period, Epoc, Duration in
/// days, Disposition). Lines starting with `#` are comments.
public enum TCECatalog {
    /// The entries of the CSV file at `url`.
    ///
    /// - Throws: ``ClassifierError/unreadableFile(path:reason:)`` when the file cannot be read or
    ///   lacks the needed columns; ``ClassifierError/badFeature(path:index:feature:reason:)`` for a
    ///   line whose ephemeris is not a number.
    public static func read(contentsOf url: URL) throws -> [TCEEntry] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ClassifierError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        return try parse(text, path: url.path)
    }

    /// The entries of CSV `text`; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws -> [TCEEntry] {
        var columns: (star: Int, period: Int, epoch: Int, duration: Int, label: Int?, snr: Int?, row: Int?, hours: Bool)?
        var entries: [TCEEntry] = []
        for row in TextTable(parsing: text, delimiter: .comma).rows {
            let fields = row.fields
            guard let c = columns else {
                let map = Dictionary(fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                if let star = map["kepid"], let period = map["tce_period"], let epoch = map["tce_time0bk"], let duration = map["tce_duration"] {
                    columns = (star, period, epoch, duration, map["av_training_set"], map["tce_model_snr"], nil, true)
                } else if let star = map["tic_id"], let period = map["Period"], let epoch = map["Epoc"], let duration = map["Duration"] {
                    columns = (star, period, epoch, duration, map["Disposition"], map["SN"], map["row_id"], false)
                } else {
                    throw ClassifierError.unreadableFile(
                        path: path, reason: "needs DR24 columns (kepid, tce_period, tce_time0bk, tce_duration) or TESS columns (tic_id, Period, Epoc, Duration), got \(fields.prefix(12).joined(separator: ","))")
                }
                continue
            }
            func number(_ index: Int, _ name: String) throws -> Double {
                guard index < fields.count, let value = Double(fields[index]), value.isFinite else {
                    throw ClassifierError.badFeature(path: path, index: row.line, feature: name,
                                                     reason: "must be a number, got '\(index < fields.count ? fields[index] : "")'")
                }
                return value
            }
            let label = c.label.flatMap { $0 < fields.count ? VettingLabel(disposition: fields[$0]) : nil }
            let snr = c.snr.flatMap { $0 < fields.count ? Double(fields[$0]) : nil } ?? .nan
            let row = c.row.flatMap { $0 < fields.count ? Int64(fields[$0]) : nil } ?? Int64(row.line)
            let duration = try number(c.duration, "duration")
            entries.append(TCEEntry(
                rowID: row, starID: Int64(try number(c.star, "star id")), period: try number(c.period, "period"),
                epoch: try number(c.epoch, "epoch"), duration: c.hours ? duration / 24 : duration, label: label,
                signalToNoise: snr))
        }
        return entries
    }
}
