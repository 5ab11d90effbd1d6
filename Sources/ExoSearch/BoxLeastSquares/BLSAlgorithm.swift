/// How a box least-squares run bins the phase at each trial period.
public enum BLSAlgorithm: String, Sendable, Codable, CaseIterable {
    /// Each trial period chosen by its cost: fast folding for the groups of periods where one
    /// transform is cheaper than binning every period on its own (short periods, long baselines),
    /// the exact binning elsewhere.
    case auto
    /// astropy's binning at every period (the reference: the same periodogram as astropy to rounding).
    case exact
    /// Staelin's fast folding algorithm at every period: the flux evenly resampled on the phase-bin
    /// grid, folded at all trial periods between `p` and `p + 1` bins at once.
    case fast
}
