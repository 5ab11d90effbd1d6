/// The quantity a box least-squares search maximises at each period, as astropy's `BoxLeastSquares`.
public enum BLSObjective: String, Sendable, Codable, CaseIterable {
    /// `0.5 * ivar_in * depth²`: the log-likelihood gain of the box model (astropy "likelihood").
    case likelihood
    /// `depth / depth_err`: the signal-to-noise ratio of the depth (astropy "snr").
    case snr
}
