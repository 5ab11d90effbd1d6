/// Tables of the NASA Exoplanet Archive that `exoscope catalog` queries through TAP.
public enum ExoplanetArchiveTable: String, Sendable, CaseIterable, Codable {
    /// Planetary Systems: one row per planet and reference.
    case ps
    /// Planetary Systems Composite Parameters: one row per planet.
    case pscomppars
    /// Kepler Objects of Interest, cumulative table.
    case cumulative
    /// TESS Objects of Interest.
    case toi
    /// Kepler Q1-Q17 DR24 threshold-crossing events (AstroNet's labels).
    case q1_q17_dr24_tce

    /// Accepts the TAP names and a few friendly aliases (`koi`, `tce`, `composite`).
    public init?(name: String) {
        switch name.lowercased() {
        case "ps", "planets": self = .ps
        case "pscomppars", "composite": self = .pscomppars
        case "cumulative", "koi": self = .cumulative
        case "toi": self = .toi
        case "q1_q17_dr24_tce", "tce", "dr24": self = .q1_q17_dr24_tce
        default: return nil
        }
    }
}
