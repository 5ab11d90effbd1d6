/// A periodogram for the report: power against trial period, with the periods of the signals found.
public struct PeriodogramSeries: Codable, Sendable, Equatable {
    /// Trial periods, days.
    public var period: [Double]
    /// Power (the search's objective) at each period.
    public var power: [Double]
    /// Name of the power, e.g. "BLS log-likelihood".
    public var powerLabel: String
    /// Periods of the peaks reported as signals, days.
    public var peaks: [Double]

    /// Creates a periodogram series.
    public init(period: [Double], power: [Double], powerLabel: String = "BLS power", peaks: [Double] = []) {
        self.period = period
        self.power = power
        self.powerLabel = powerLabel
        self.peaks = peaks
    }
}
