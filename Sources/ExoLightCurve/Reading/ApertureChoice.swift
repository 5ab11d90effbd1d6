/// Which pixels of a target pixel file are summed into a light curve.
public enum ApertureChoice: Sendable, Equatable, Codable {
    /// The mission pipeline's optimal aperture: pixels whose APERTURE value has bit 2 (value 2) set.
    /// Falls back to ``threshold(sigma:)`` with 3 sigma when the pipeline aperture is empty.
    case pipeline
    /// Pixels of the median image brighter than the image median plus `sigma` robust standard
    /// deviations (1.4826 × MAD), keeping the connected region nearest the centre (as lightkurve's
    /// `create_threshold_mask`).
    case threshold(sigma: Double)
}
