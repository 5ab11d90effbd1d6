import Foundation

/// The commented header of a light curve written as text (`exoscope lightcurve -o x.csv`): what the
/// table alone cannot say, so that reading the file back gives the same star, mission and times.
///
/// ```
/// # exoscope light curve
/// # software: Exoscope 0.9.0
/// # mission: TESS
/// # target: TIC 25155310
/// # segment: 1
/// # time_reference: 2457000.0   (time column = BJD - time_reference, days)
/// # flux_column: PDCSAP_FLUX
/// # quality_mask: default
/// time,flux,flux_err,quality
/// ```
public struct LightCurveTextHeader: Sendable, Equatable {
    public var software: String
    public var mission: Mission
    public var target: String
    public var segment: Int?
    /// BJD of time zero, days.
    public var timeReference: Double
    /// The column of the original file the flux came from (e.g. `PDCSAP_FLUX`).
    public var fluxColumn: String
    /// The quality mask the rows were chosen with.
    public var qualityMask: String
    public var product: String
    public var cadenceDays: Double
    public var isNormalized: Bool

    /// The header of `lightCurve`, read from its file's `fluxColumn` with `qualityMask`, by `software`.
    public init(_ lightCurve: LightCurve, fluxColumn: String, qualityMask: QualityMask, software: String) {
        let metadata = lightCurve.metadata
        self.software = software
        mission = metadata.mission
        target = metadata.targetID
        segment = metadata.segment
        timeReference = metadata.timeReference
        self.fluxColumn = fluxColumn
        self.qualityMask = qualityMask.rawValue
        product = metadata.product
        cadenceDays = metadata.cadenceDays
        isNormalized = metadata.isNormalized
    }

    static let title = "exoscope light curve"

    /// The comment lines, each starting with `# `.
    public var lines: [String] {
        var lines = ["# \(Self.title)", "# software: \(software)", "# mission: \(mission.rawValue)", "# target: \(target)"]
        if let segment { lines.append("# segment: \(segment)") }
        lines += ["# time_reference: \(timeReference)   (time column = BJD - time_reference, days)",
                  "# flux_column: \(fluxColumn)", "# quality_mask: \(qualityMask)", "# product: \(product)",
                  "# cadence_days: \(cadenceDays)", "# normalized: \(isNormalized)"]
        return lines
    }

    /// The header in a table's comments (``TextTable/comments``); nil unless they start with the title.
    init?(comments: [String]) {
        guard comments.first == Self.title else { return nil }
        var values: [String: String] = [:]
        for comment in comments.dropFirst() {
            guard let colon = comment.firstIndex(of: ":") else { continue }
            let key = comment[..<colon].trimmingCharacters(in: .whitespaces)
            let value = comment[comment.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            values[key] = value
        }
        software = values["software"] ?? ""
        mission = values["mission"].flatMap(Mission.init(rawValue:)) ?? .unknown
        target = values["target"] ?? ""
        segment = values["segment"].flatMap { Int($0) }
        let reference = values["time_reference"]?.split(separator: " ").first.flatMap { Double($0) }
        timeReference = reference ?? mission.defaultTimeReference
        fluxColumn = values["flux_column"] ?? "flux"
        qualityMask = values["quality_mask"] ?? ""
        product = values["product"] ?? ""
        cadenceDays = values["cadence_days"].flatMap { Double($0) } ?? .nan
        isNormalized = values["normalized"] == "true"
    }
}
