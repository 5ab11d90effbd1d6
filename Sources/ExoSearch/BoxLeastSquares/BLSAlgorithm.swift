/// How a box least-squares run bins the phase at each trial period.
public enum BLSAlgorithm: String, Sendable, Codable, CaseIterable {
    /// Each trial period chosen by its cost: fast folding for the groups of periods where one
    /// transform is cheaper than binning every period on its own (short periods, long baselines),
    /// the exact binning elsewhere.
    case auto
    /// astropy's binning at every period (the reference: the same periodogram as astropy to rounding).
    case exact
    /// Staelin's fast folding algorithm at every period, on phase bins as wide as the period grid's
    /// phase step (the exact engine's at the shortest periods, coarser as the step grows): a screen
    /// whose powers are scaled to the exact engine's level, with the highest peaks recomputed by the
    /// exact binning (docs/search.md).
    case fast
}
