/// A point in pixels, origin at the top left, y growing downwards.
struct PixelPoint: Equatable {
    var x: Double
    var y: Double
}

/// A rectangle in pixels.
struct PixelRect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}

/// Horizontal alignment of text relative to its anchor point.
enum TextAnchor {
    case start, middle, end
}

/// The drawing primitives a figure needs; the SVG and raster back ends implement them.
protocol DrawingSurface {
    /// Fills a rectangle.
    mutating func fillRect(_ rect: PixelRect, color: PlotColor, opacity: Double)
    /// Strokes a rectangle's outline.
    mutating func strokeRect(_ rect: PixelRect, color: PlotColor, width: Double)
    /// Strokes a polyline; a NaN point breaks it.
    mutating func polyline(_ points: [PixelPoint], color: PlotColor, width: Double, dashed: Bool)
    /// Draws many filled dots of one style.
    mutating func dots(_ points: [PixelPoint], radius: Double, color: PlotColor, opacity: Double)
    /// Draws vertical runs of dots (capsules of the dot's radius) of one style.
    mutating func marks(_ marks: [ScatterMark], radius: Double, color: PlotColor, opacity: Double)
    /// Draws text with its baseline at `point.y`; `vertical` turns it 90° anticlockwise around the point.
    mutating func text(_ string: String, at point: PixelPoint, size: Double, anchor: TextAnchor,
                       color: PlotColor, bold: Bool, vertical: Bool)
    /// Restricts later drawing to `rect` until ``endClip()``.
    mutating func beginClip(_ rect: PixelRect)
    /// Ends the restriction of ``beginClip(_:)``.
    mutating func endClip()
}
