/// A periodic signal a search reported: what injection-recovery compares with the truth.
public struct CandidateEphemeris: Sendable, Codable, Equatable {
    /// Period, days.
    public var period: Double
    /// Mid-transit time, days.
    public var epoch: Double

    /// A candidate of `period` and `epoch` (days).
    public init(period: Double, epoch: Double) {
        self.period = period
        self.epoch = epoch
    }

    /// True when `period` is within `periodTolerance` (relative) of the truth's and the epoch,
    /// moved to the nearest transit of the truth, within `epochTolerance` days.
    public func matches(_ truth: SignalEphemeris, periodTolerance: Double = 0.01, epochTolerance: Double) -> Bool {
        guard abs(period - truth.period) <= periodTolerance * truth.period else { return false }
        return abs(truth.ephemeris.timeFromTransit(epoch)) <= epochTolerance
    }
}
