/// The two standard binary tasks on the TESS vetting set (Yu et al. 2019).
public enum VettingTask: String, CaseIterable, Codable, Sendable {
    /// Planet candidates against everything else; scored by p(PC).
    case vetting
    /// Planet candidates and eclipsing binaries against junk; scored by p(PC) + p(EB).
    case triage

    /// Whether `label` is a positive of this task.
    public func isPositive(_ label: VettingLabel) -> Bool {
        switch self {
        case .vetting: label == .pc
        case .triage: label != .j
        }
    }
}
