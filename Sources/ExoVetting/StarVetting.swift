import ExoReport
import ExoSearch

/// The vetting of one star: its files and signals, or why it could not be vetted.
///
/// JSON: `target`, `mission`, `files`, `signals` (see ``VettedSignal``), `single_transits` (see ``SingleTransit``) and, for a star that failed,
/// `error`. The report data (``report``) is not part of the JSON.
public struct StarVetting: Codable, Sendable {
    /// Target identifier, e.g. "TIC 25155310" (the file name when the file could not be read).
    public var target: String
    /// Mission name ("Kepler", "K2", "TESS", "unknown").
    public var mission: String
    /// Input file paths.
    public var files: [String]
    /// Signals, strongest first.
    public var signals: [VettedSignal]
    /// Lone transits and duos, in time order (``SingleTransit``), with their verdicts.
    public var singleTransits: [SingleTransit]
    /// Why this star could not be vetted (nil when it was).
    public var error: String?
    /// The data behind the report page, when the configuration keeps it.
    public var report: StarReport?

    enum CodingKeys: String, CodingKey {
        case target, mission, files, signals, error
        case singleTransits = "single_transits"
    }

    /// Creates a star's result.
    public init(target: String, mission: String, files: [String], signals: [VettedSignal],
                singleTransits: [SingleTransit] = [], error: String? = nil, report: StarReport? = nil) {
        self.target = target
        self.mission = mission
        self.files = files
        self.signals = signals
        self.singleTransits = singleTransits
        self.error = error
        self.report = report
    }
}
