import ExoVetting

/// The per-star tasks `exoscope batch` can run.
public enum BatchTask: String, Sendable, CaseIterable, Codable {
    /// Vet each star: search, classify and judge its signals (``VettingStarProcessor``), one row per signal.
    case vet
    /// Read and stitch each star's files and report light-curve statistics (``LightCurveStatsProcessor``).
    case stats

    /// The task's processor; `vetting` configures the `vet` task.
    ///
    /// - Throws: ``VettingError`` when the classifier of the `vet` task cannot be loaded.
    public func makeProcessor(vetting: VettingConfiguration = VettingConfiguration()) throws -> any StarProcessor {
        switch self {
        case .vet: try VettingStarProcessor(configuration: vetting)
        case .stats: LightCurveStatsProcessor()
        }
    }
}
