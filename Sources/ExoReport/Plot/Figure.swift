import Foundation

/// A single-axes chart: title, labelled axes with ticks, and layers drawn in data coordinates.
///
/// Build it with the adding methods, then render it with ``svg()`` or ``png()``; both renderers share one
/// layout, so the two outputs show the same picture.
///
/// ```swift
/// var figure = Figure(title: "WASP-126", xLabel: "Time (BTJD)", yLabel: "Flux")
/// figure.addScatter(x: lc.time, y: lc.flux, style: MarkerStyle(color: .grey))
/// figure.addVerticalMarkers(x: transitTimes, style: LineStyle(color: .red, dashed: true))
/// let svg = figure.svg()
/// ```
public struct Figure: Sendable {
    /// Width of the whole picture, pixels.
    public var width: Int
    /// Height of the whole picture, pixels.
    public var height: Int
    /// Title above the axes.
    public var title: String
    /// Label of the horizontal axis (with units).
    public var xLabel: String
    /// Label of the vertical axis (with units).
    public var yLabel: String
    /// Horizontal data range; nil fits the data.
    public var xRange: ClosedRange<Double>?
    /// Vertical data range; nil fits the data (with a 5% margin).
    public var yRange: ClosedRange<Double>?
    /// What is drawn, back to front.
    public var layers: [PlotLayer]

    /// Creates an empty figure.
    public init(
        width: Int = 860, height: Int = 300, title: String = "", xLabel: String = "", yLabel: String = "",
        xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil
    ) {
        self.width = width
        self.height = height
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xRange = xRange
        self.yRange = yRange
        self.layers = []
    }

    /// Adds a polyline.
    public mutating func addLine(x: [Double], y: [Double], style: LineStyle = LineStyle()) {
        layers.append(.line(x: x, y: y, style: style))
    }

    /// Adds dots.
    public mutating func addScatter(x: [Double], y: [Double], style: MarkerStyle = MarkerStyle()) {
        layers.append(.scatter(x: x, y: y, style: style))
    }

    /// Adds a staircase (binned values).
    public mutating func addStep(x: [Double], y: [Double], style: LineStyle = LineStyle()) {
        layers.append(.step(x: x, y: y, style: style))
    }

    /// Adds dots with vertical error bars (`error` is the half-length, data units).
    public mutating func addErrorBars(x: [Double], y: [Double], error: [Double], style: MarkerStyle = MarkerStyle()) {
        layers.append(.errorBars(x: x, y: y, error: error, style: style))
    }

    /// Adds full-height vertical lines.
    public mutating func addVerticalMarkers(x: [Double], style: LineStyle = LineStyle(color: .red, width: 1, dashed: true)) {
        layers.append(.verticalMarkers(x: x, style: style))
    }

    /// Adds full-height shaded bands.
    public mutating func addShadedSpans(_ spans: [ClosedRange<Double>], color: PlotColor = .red, opacity: Double = 0.15) {
        layers.append(.shadedSpans(spans, color: color, opacity: opacity))
    }

    /// Adds a horizontal reference line.
    public mutating func addHorizontalLine(y: Double, style: LineStyle = LineStyle(color: .grey, width: 1, dashed: true)) {
        layers.append(.horizontalLine(y: y, style: style))
    }

    /// The picture as a standalone SVG document (UTF-8 text).
    public func svg() -> String {
        var surface = SVGSurface(width: width, height: height)
        FigureRenderer(figure: self).draw(on: &surface)
        return surface.document()
    }

    /// The picture as PNG bytes (8-bit RGB), drawn with a built-in bitmap font, `scale` image pixels per
    /// figure pixel (2: twice the width and height, text and lines twice as large).
    public func png(scale: Double = 1) throws -> [UInt8] {
        let factor = scale.isFinite && scale > 0 ? scale : 1
        return try render(pixelWidth: Int((Double(width) * factor).rounded()),
                          pixelHeight: Int((Double(height) * factor).rounded()), factor: factor)
    }

    /// The picture as a PNG of exactly `pixelWidth` × `pixelHeight`: wider than the figure, it is drawn at
    /// the scale `pixelWidth / width` (text and lines grow with it) and laid out for the requested shape.
    public func png(pixelWidth: Int, pixelHeight: Int) throws -> [UInt8] {
        let factor = max(1, Double(pixelWidth) / Double(max(width, 1)))
        var shaped = self
        shaped.width = max(Int((Double(pixelWidth) / factor).rounded()), 1)
        shaped.height = max(Int((Double(pixelHeight) / factor).rounded()), 1)
        return try shaped.render(pixelWidth: pixelWidth, pixelHeight: pixelHeight, factor: factor)
    }

    private func render(pixelWidth: Int, pixelHeight: Int, factor: Double) throws -> [UInt8] {
        var surface = ScaledSurface(base: RasterSurface(width: max(pixelWidth, 1), height: max(pixelHeight, 1)),
                                    factor: factor)
        FigureRenderer(figure: self).draw(on: &surface)
        return try PNGEncoder.encode(surface.base.image)
    }

    /// The horizontal range drawn: ``xRange`` or the data's extent.
    public var resolvedXRange: ClosedRange<Double> {
        if let xRange { return xRange }
        return Self.padded(dataExtent(horizontal: true), fraction: 0)
    }

    /// The vertical range drawn: ``yRange`` or the data's extent with a 5% margin.
    public var resolvedYRange: ClosedRange<Double> {
        if let yRange { return yRange }
        return Self.padded(dataExtent(horizontal: false), fraction: 0.05)
    }

    private func dataExtent(horizontal: Bool) -> ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        func include(_ values: [Double]) {
            for v in values where v.isFinite {
                if v < low { low = v }
                if v > high { high = v }
            }
        }
        for layer in layers {
            switch layer {
            case .line(let x, let y, _), .scatter(let x, let y, _), .step(let x, let y, _):
                include(horizontal ? x : y)
            case .errorBars(let x, let y, let error, _):
                if horizontal {
                    include(x)
                } else {
                    include(zip(y, error).map { $0 - ($1.isFinite ? $1 : 0) })
                    include(zip(y, error).map { $0 + ($1.isFinite ? $1 : 0) })
                }
            case .verticalMarkers, .shadedSpans, .horizontalLine:
                continue
            }
        }
        return low <= high ? low...high : nil
    }

    private static func padded(_ range: ClosedRange<Double>?, fraction: Double) -> ClosedRange<Double> {
        guard let range else { return 0...1 }
        let span = range.upperBound - range.lowerBound
        if span <= 0 {
            let half = max(abs(range.lowerBound) * 0.01, 1e-9)
            return (range.lowerBound - half)...(range.upperBound + half)
        }
        return (range.lowerBound - span * fraction)...(range.upperBound + span * fraction)
    }
}

extension Figure {
    /// A vertical range from the `lower` and `upper` quantiles of `values`, widened by `margin` of its span
    /// on each side: keeps a few outliers from squashing a light curve into a line.
    public static func robustRange(
        of values: [Double], lower: Double = 0.001, upper: Double = 0.999, margin: Double = 0.1
    ) -> ClosedRange<Double>? {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        guard sorted.count > 20 else {
            let span = max(last - first, 1e-9)
            return (first - span * margin)...(last + span * margin)
        }
        let lo = sorted[Int(Double(sorted.count - 1) * lower)]
        let hi = sorted[Int(Double(sorted.count - 1) * upper)]
        let span = max(hi - lo, 1e-9)
        return (lo - span * margin)...(hi + span * margin)
    }
}
