/// The classifier architectures Exoscope trains.
public enum VettingModelKind: String, CaseIterable, Codable, Sendable {
    /// Multi-column 1-D CNN on the global, local and secondary views plus scalar features,
    /// three classes (PC, EB, J), after Yu et al. (2019).
    case astronet
    /// The original hobby baseline: the folded light curve drawn as a 32×32×3 picture,
    /// Conv2D(32, 3×3) + ReLU, max-pool 2×2, Flatten, Dense 64 + ReLU, Dense 2 (planet or not).
    case seed

    /// Number of output classes.
    public var classCount: Int { self == .astronet ? 3 : 2 }
}
