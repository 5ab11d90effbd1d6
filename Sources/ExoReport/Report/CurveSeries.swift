/// A time series for a report plot: times (days) and one value per time.
public struct CurveSeries: Codable, Sendable, Equatable {
    /// Times, days in the light curve's time system.
    public var time: [Double]
    /// Values (normalised flux, trend, ...), one per time.
    public var value: [Double]

    /// Creates a series; the shorter array sets the length drawn.
    public init(time: [Double], value: [Double]) {
        self.time = time
        self.value = value
    }
}
