/// Binned points with optional one-sigma errors, as folded views are drawn.
public struct BinnedPoints: Codable, Sendable, Equatable {
    /// Bin centres (phase in days, or hours from mid-transit).
    public var x: [Double]
    /// Bin values.
    public var y: [Double]
    /// One-sigma error of each bin value, if known.
    public var error: [Double]?

    /// Creates a binned series.
    public init(x: [Double], y: [Double], error: [Double]? = nil) {
        self.x = x
        self.y = y
        self.error = error
    }
}
