/// One thing drawn inside a figure's axes, in data coordinates.
public enum PlotLayer: Sendable {
    /// A polyline through the points; non-finite values break the line. Large series are decimated to
    /// the minimum and maximum of each pixel column before drawing.
    case line(x: [Double], y: [Double], style: LineStyle)
    /// Dots at the points; large series are thinned to one dot per occupied marker-sized cell.
    case scatter(x: [Double], y: [Double], style: MarkerStyle)
    /// A staircase through the points (each value held from its x to the next), as binned data are drawn.
    case step(x: [Double], y: [Double], style: LineStyle)
    /// Dots with vertical error bars of half-length `error`.
    case errorBars(x: [Double], y: [Double], error: [Double], style: MarkerStyle)
    /// Full-height vertical lines at the x positions (e.g. transit mid-times or periodogram peaks).
    case verticalMarkers(x: [Double], style: LineStyle)
    /// Full-height shaded bands over the x ranges (e.g. transit windows).
    case shadedSpans([ClosedRange<Double>], color: PlotColor, opacity: Double)
    /// A horizontal reference line at `y`.
    case horizontalLine(y: Double, style: LineStyle)

    /// The label shown in the legend, if any.
    var legendLabel: String? {
        switch self {
        case .line(_, _, let style), .step(_, _, let style), .verticalMarkers(_, let style),
             .horizontalLine(_, let style):
            style.label
        case .scatter(_, _, let style), .errorBars(_, _, _, let style):
            style.label
        case .shadedSpans:
            nil
        }
    }

    /// The legend colour.
    var legendColor: PlotColor {
        switch self {
        case .line(_, _, let style), .step(_, _, let style), .verticalMarkers(_, let style),
             .horizontalLine(_, let style):
            style.color
        case .scatter(_, _, let style), .errorBars(_, _, _, let style):
            style.color
        case .shadedSpans(_, let color, _):
            color
        }
    }
}

/// How a line is drawn.
public struct LineStyle: Sendable {
    /// Stroke colour.
    public var color: PlotColor
    /// Stroke width, pixels.
    public var width: Double
    /// Dashed instead of solid.
    public var dashed: Bool
    /// Legend text; nil keeps the layer out of the legend.
    public var label: String?

    /// Creates a line style.
    public init(color: PlotColor = .blue, width: Double = 1.5, dashed: Bool = false, label: String? = nil) {
        self.color = color
        self.width = width
        self.dashed = dashed
        self.label = label
    }
}

/// How dots are drawn.
public struct MarkerStyle: Sendable {
    /// Fill colour.
    public var color: PlotColor
    /// Dot radius, pixels.
    public var radius: Double
    /// Opacity from 0 (invisible) to 1.
    public var opacity: Double
    /// Legend text; nil keeps the layer out of the legend.
    public var label: String?

    /// Creates a marker style.
    public init(color: PlotColor = .blue, radius: Double = 1.5, opacity: Double = 1, label: String? = nil) {
        self.color = color
        self.radius = radius
        self.opacity = opacity
        self.label = label
    }
}
