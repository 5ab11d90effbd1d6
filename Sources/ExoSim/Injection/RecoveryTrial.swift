/// One injected signal and whether the search found it.
public struct RecoveryTrial: Sendable, Codable, Equatable {
    /// Index of the light curve it was injected into.
    public var lightCurveIndex: Int
    /// Index of the period bin.
    public var periodBin: Int
    /// Index of the SNR bin.
    public var snrBin: Int
    /// What was injected (period, epoch, duration days, mid-transit depth).
    public var injected: SignalEphemeris
    /// Expected signal-to-noise of the injection (matched filter on the real cadences).
    public var snr: Double
    /// The strongest signal the search reported, if any.
    public var found: CandidateEphemeris?
    /// True when a checked signal matched the injection.
    public var recovered: Bool
}
