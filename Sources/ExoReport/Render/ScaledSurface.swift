/// Draws a figure laid out at its own size onto a surface `factor` times larger: every coordinate, width,
/// radius and font size is multiplied, so a bigger PNG has proportionally bigger text and lines.
struct ScaledSurface<Base: DrawingSurface>: DrawingSurface {
    var base: Base
    let factor: Double

    private func p(_ point: PixelPoint) -> PixelPoint { PixelPoint(x: point.x * factor, y: point.y * factor) }
    private func r(_ rect: PixelRect) -> PixelRect {
        PixelRect(x: rect.x * factor, y: rect.y * factor, width: rect.width * factor, height: rect.height * factor)
    }

    mutating func fillRect(_ rect: PixelRect, color: PlotColor, opacity: Double) {
        base.fillRect(r(rect), color: color, opacity: opacity)
    }

    mutating func strokeRect(_ rect: PixelRect, color: PlotColor, width: Double) {
        base.strokeRect(r(rect), color: color, width: width * factor)
    }

    mutating func polyline(_ points: [PixelPoint], color: PlotColor, width: Double, dashed: Bool) {
        base.polyline(points.map(p), color: color, width: width * factor, dashed: dashed)
    }

    mutating func dots(_ points: [PixelPoint], radius: Double, color: PlotColor, opacity: Double) {
        base.dots(points.map(p), radius: radius * factor, color: color, opacity: opacity)
    }

    mutating func marks(_ marks: [ScatterMark], radius: Double, color: PlotColor, opacity: Double) {
        base.marks(marks.map { ScatterMark(x: $0.x * factor, y0: $0.y0 * factor, y1: $0.y1 * factor) },
                   radius: radius * factor, color: color, opacity: opacity)
    }

    mutating func text(_ string: String, at point: PixelPoint, size: Double, anchor: TextAnchor, color: PlotColor,
                       bold: Bool, vertical: Bool) {
        base.text(string, at: p(point), size: size * factor, anchor: anchor, color: color, bold: bold, vertical: vertical)
    }

    mutating func beginClip(_ rect: PixelRect) { base.beginClip(r(rect)) }
    mutating func endClip() { base.endClip() }
}
