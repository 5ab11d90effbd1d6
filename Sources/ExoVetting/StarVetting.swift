import ExoLightCurve
import ExoReport
import ExoSearch

/// The vetting of one star: its files and signals, or why it could not be vetted.
///
/// JSON (docs/output.md): `target`, `mission`, `time_reference` (``TimeReference``; absent for a file that
/// could not be read), `files` (those stitched), `set_aside` (files of the star left out because
/// another covers the same stretch of time, each with `file` and `reason`), `signals` (see
/// ``VettedSignal``), `single_transits` (see ``SingleTransit``) and, for a star that failed, `error`.
/// The report data (``report``) is not part of the JSON.
public struct StarVetting: Codable, Sendable {
    /// Target identifier, e.g. "TIC 25155310" (the file name when the file could not be read).
    public var target: String
    /// Mission name ("Kepler", "K2", "TESS", "unknown").
    public var mission: String
    /// The time system of every time in the result (nil when the star's files could not be read).
    public var timeReference: TimeReference?
    /// Input file paths (those stitched).
    public var files: [String]
    /// Files of the star left out because another covers the same stretch of time, with the reason.
    public var setAside: [SetAsideFile]
    /// Signals, strongest first.
    public var signals: [VettedSignal]
    /// Lone transits and duos, in time order (``SingleTransit``), with their verdicts.
    public var singleTransits: [SingleTransit]
    /// Why this star could not be vetted (nil when it was).
    public var error: String?
    /// The data behind the report page, when the configuration keeps it.
    public var report: StarReport?

    enum CodingKeys: String, CodingKey {
        case target, mission, timeReference = "time_reference", files, setAside = "set_aside", signals, error
        case singleTransits = "single_transits"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decode(String.self, forKey: .target)
        mission = try c.decode(String.self, forKey: .mission)
        timeReference = try c.decodeIfPresent(TimeReference.self, forKey: .timeReference)
        files = try c.decode([String].self, forKey: .files)
        setAside = try c.decodeIfPresent([SetAsideFile].self, forKey: .setAside) ?? []
        signals = try c.decode([VettedSignal].self, forKey: .signals)
        singleTransits = try c.decodeIfPresent([SingleTransit].self, forKey: .singleTransits) ?? []
        error = try c.decodeIfPresent(String.self, forKey: .error)
    }

    /// Creates a star's result.
    public init(target: String, mission: String, timeReference: TimeReference? = nil, files: [String], setAside: [SetAsideFile] = [],
                signals: [VettedSignal], singleTransits: [SingleTransit] = [], error: String? = nil,
                report: StarReport? = nil) {
        self.target = target
        self.mission = mission
        self.timeReference = timeReference
        self.files = files
        self.setAside = setAside
        self.signals = signals
        self.singleTransits = singleTransits
        self.error = error
        self.report = report
    }
}
