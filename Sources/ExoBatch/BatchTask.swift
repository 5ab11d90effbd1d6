/// The per-star tasks `exoscope batch` can run.
public enum BatchTask: String, Sendable, CaseIterable, Codable {
    /// Read and stitch each star's files and report light-curve statistics (``LightCurveStatsProcessor``).
    case stats

    /// The task's processor with its default settings.
    public func makeProcessor() -> any StarProcessor {
        switch self {
        case .stats: LightCurveStatsProcessor()
        }
    }
}
