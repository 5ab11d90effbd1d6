/// Which quality-flagged cadences a reader drops, with lightkurve's presets.
///
/// A cadence is dropped when `quality & bitmask(for: mission) != 0`. The bitmasks are those of
/// lightkurve's `KeplerQualityFlags` (Kepler and K2) and `TessQualityFlags` (TESS):
///
/// | preset     | Kepler/K2 | TESS  |
/// |------------|-----------|-------|
/// | `none`     | 0         | 0     |
/// | `default`  | 1130799   | 175   |
/// | `hard`     | 1664431   | 7407  |
/// | `hardest`  | 2096639   | 65535 |
///
/// Files without a mission use the Kepler values.
public enum QualityMask: String, Sendable, Codable, CaseIterable {
    /// Keep every cadence.
    case none
    /// Drop cadences that are definitely unusable (attitude tweaks, safe mode, desaturations, ...).
    case `default`
    /// Also drop cosmic rays, stray light and similar; known to remove some good data.
    case hard
    /// Drop every flagged cadence.
    case hardest

    /// The bitmask applied to the quality column of a `mission` product.
    public func bitmask(for mission: Mission) -> Int64 {
        switch (self, mission) {
        case (.none, _): 0
        case (.default, .tess): 175
        case (.hard, .tess): 7407
        case (.hardest, .tess): 65535
        case (.default, _): 1_130_799
        case (.hard, _): 1_664_431
        case (.hardest, _): 2_096_639
        }
    }
}
