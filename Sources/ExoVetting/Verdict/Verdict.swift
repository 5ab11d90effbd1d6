/// What a vetted signal is judged to be.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// Transit-like, no sign of a binary, and the classifier gives a planet probability of at least 0.5.
    case planetCandidate = "planet-candidate"
    /// An eclipsing binary: a secondary eclipse, odd and even eclipses of different depth, a V-shaped or
    /// too-deep eclipse, or the classifier's choice.
    case eclipsingBinary = "eclipsing-binary"
    /// Not a transit: too weak, a single event, too long, or variability/instrumental according to the
    /// classifier.
    case notTransitLike = "not-transit-like"
}
