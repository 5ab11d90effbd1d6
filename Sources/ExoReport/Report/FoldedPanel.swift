/// One folded view of a signal for the report: the folded points behind and the binned view on top.
public struct FoldedPanel: Codable, Sendable, Equatable {
    /// Panel title, e.g. "Global view".
    public var title: String
    /// Horizontal axis label with units, e.g. "Phase (days)".
    public var xLabel: String
    /// Vertical axis label, e.g. "Normalised flux".
    public var yLabel: String
    /// Folded, unbinned points (may be empty).
    public var points: BinnedPoints
    /// Binned values drawn over the points.
    public var binned: BinnedPoints

    /// Creates a panel.
    public init(title: String, xLabel: String, yLabel: String, points: BinnedPoints, binned: BinnedPoints) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.points = points
        self.binned = binned
    }
}
