/// The disposition of a threshold-crossing event in the TESS vetting set (Yu et al. 2019).
public enum VettingLabel: String, CaseIterable, Codable, Sendable {
    /// Planet candidate.
    case pc = "PC"
    /// Eclipsing binary.
    case eb = "EB"
    /// Junk: stellar variability or instrumental systematics.
    case j = "J"

    /// Index of the class in model outputs: PC 0, EB 1, J 2.
    public var classIndex: Int {
        switch self {
        case .pc: 0
        case .eb: 1
        case .j: 2
        }
    }

    /// The label for a model output index.
    public init?(classIndex: Int) {
        guard (0..<3).contains(classIndex) else { return nil }
        self = Self.allCases[classIndex]
    }

    /// Reads a disposition as the TESS set (PC/EB/J), DR24 (PC/AFP/NTP) or a TOI list (KP/CP/PC/FP/...)
    /// spells it; nil for unknown or unlabelled entries (e.g. DR24 "UNK").
    public init?(disposition: String) {
        switch disposition.trimmingCharacters(in: .whitespaces).uppercased() {
        case "PC", "KP", "CP", "APC", "PLANET": self = .pc
        case "EB", "AFP", "FP": self = .eb
        case "J", "NTP", "FA", "JUNK": self = .j
        default: return nil
        }
    }
}
