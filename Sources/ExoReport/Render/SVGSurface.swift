import Foundation

/// Draws into an SVG document held as text.
struct SVGSurface: DrawingSurface {
    let width: Int
    let height: Int
    private var body: String = ""
    private var clipCount = 0
    /// A per-document prefix for clip ids, so several SVGs inlined in one HTML page do not collide.
    private let idPrefix: String

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        idPrefix = "c" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        body.reserveCapacity(64 * 1024)
    }

    /// The finished document.
    func document() -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            + body + "</svg>\n"
    }

    mutating func fillRect(_ rect: PixelRect, color: PlotColor, opacity: Double) {
        body += "<rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\" "
            + "fill=\"\(color.cssHex)\"\(opacityAttribute("fill-opacity", opacity))/>\n"
    }

    mutating func strokeRect(_ rect: PixelRect, color: PlotColor, width: Double) {
        body += "<rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\" "
            + "fill=\"none\" stroke=\"\(color.cssHex)\" stroke-width=\"\(n(width))\"/>\n"
    }

    mutating func polyline(_ points: [PixelPoint], color: PlotColor, width: Double, dashed: Bool) {
        var path = ""
        var penDown = false
        for point in points {
            guard point.x.isFinite, point.y.isFinite else {
                penDown = false
                continue
            }
            path += (penDown ? "L" : "M") + n(point.x) + " " + n(point.y)
            penDown = true
        }
        guard !path.isEmpty else { return }
        body += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(color.cssHex)\" stroke-width=\"\(n(width))\""
            + (dashed ? " stroke-dasharray=\"5 3\"" : "") + " stroke-linejoin=\"round\"/>\n"
    }

    mutating func dots(_ points: [PixelPoint], radius: Double, color: PlotColor, opacity: Double) {
        // Zero-length subpaths with round caps draw as discs: one element for thousands of dots.
        var path = ""
        path.reserveCapacity(points.count * 14)
        for point in points where point.x.isFinite && point.y.isFinite {
            path += "M" + n(point.x) + " " + n(point.y) + "h0"
        }
        guard !path.isEmpty else { return }
        body += "<path d=\"\(path)\" stroke=\"\(color.cssHex)\" stroke-width=\"\(n(2 * radius))\" "
            + "stroke-linecap=\"round\"\(opacityAttribute("stroke-opacity", opacity))/>\n"
    }

    mutating func marks(_ marks: [ScatterMark], radius: Double, color: PlotColor, opacity: Double) {
        var path = ""
        path.reserveCapacity(marks.count * 16)
        for mark in marks {
            path += "M" + n(mark.x) + " " + n(mark.y0) + (mark.y1 > mark.y0 ? "V" + n(mark.y1) : "h0")
        }
        guard !path.isEmpty else { return }
        body += "<path d=\"\(path)\" stroke=\"\(color.cssHex)\" stroke-width=\"\(n(2 * radius))\" "
            + "stroke-linecap=\"round\"\(opacityAttribute("stroke-opacity", opacity))/>\n"
    }

    mutating func text(_ string: String, at point: PixelPoint, size: Double, anchor: TextAnchor,
                       color: PlotColor, bold: Bool, vertical: Bool) {
        let anchorName = switch anchor {
        case .start: "start"
        case .middle: "middle"
        case .end: "end"
        }
        let rotation = vertical ? " transform=\"rotate(-90 \(n(point.x)) \(n(point.y)))\"" : ""
        body += "<text x=\"\(n(point.x))\" y=\"\(n(point.y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchorName)\" "
            + "fill=\"\(color.cssHex)\"" + (bold ? " font-weight=\"bold\"" : "") + rotation + ">"
            + HTMLText.escape(string) + "</text>\n"
    }

    mutating func beginClip(_ rect: PixelRect) {
        clipCount += 1
        let id = "\(idPrefix)-\(clipCount)"
        body += "<clipPath id=\"\(id)\"><rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" "
            + "height=\"\(n(rect.height))\"/></clipPath>\n<g clip-path=\"url(#\(id))\">\n"
    }

    mutating func endClip() {
        body += "</g>\n"
    }

    private func opacityAttribute(_ name: String, _ opacity: Double) -> String {
        opacity >= 1 ? "" : " \(name)=\"\(n(opacity))\""
    }

    /// A coordinate with at most two decimals, without trailing zeros.
    private func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded)
    }
}
