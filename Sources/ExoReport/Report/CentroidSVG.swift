import Foundation

/// The centroid panel as inline SVG: the mean out-of-transit image (the star) and the difference image
/// (where the flux went missing in transit) side by side, each centroid marked on both, the legend below.
enum CentroidSVG {
    /// The SVG of `panel`: each image about 240 pixels across (8 to 40 per detector pixel).
    static func svg(_ panel: CentroidPanel) -> String {
        let columns = max(panel.width, 1), rows = max(panel.differenceImage.count / columns, 1)
        let cell = max(8.0, min(40.0, 240.0 / Double(max(columns, rows))))
        let imageWidth = Double(columns) * cell, imageHeight = Double(rows) * cell
        let gap = 30.0, top = 22.0
        let width = 2 * imageWidth + gap + 20, height = top + imageHeight + 62
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Helvetica,Arial,sans-serif\">\n"
        let images = [("Out of transit (the star)", panel.outOfTransitImage), ("Difference: out minus in", panel.differenceImage)]
        for (index, (title, image)) in images.enumerated() {
            let x0 = 10 + Double(index) * (imageWidth + gap)
            svg += text(title, x: x0, y: 15, size: 12, bold: true)
            let finite = image.filter(\.isFinite)
            let low = finite.min() ?? 0, high = finite.max() ?? 1
            for (p, value) in image.enumerated() {
                let shade = value.isFinite && high > low ? Int(255 * (1 - (value - low) / (high - low))) : 255
                svg += "<rect x=\"\(f(x0 + Double(p % columns) * cell))\" y=\"\(f(top + Double(p / columns) * cell))\" "
                    + "width=\"\(f(cell))\" height=\"\(f(cell))\" fill=\"rgb(\(shade),\(shade),\(shade))\"/>\n"
            }
            svg += "<rect x=\"\(f(x0))\" y=\"\(f(top))\" width=\"\(f(imageWidth))\" height=\"\(f(imageHeight))\" "
                + "fill=\"none\" stroke=\"#000\"/>\n"
            svg += marker(panel.outOfTransitCentroid, x0: x0, top: top, cell: cell, cross: true)
            svg += marker(panel.differenceCentroid, x0: x0, top: top, cell: cell, cross: false)
        }
        let arcsec = panel.offsetArcsec.map { String(format: " (%.1f arcsec)", $0) } ?? ""
        svg += text("+ star centroid   ○ transit source (difference centroid)", x: 10, y: top + imageHeight + 20, size: 11)
        svg += text(String(format: "offset %.2f pixels", panel.offsetPixels) + arcsec
                    + String(format: ", %.1f sigma; darker = more flux", panel.significance),
                    x: 10, y: top + imageHeight + 38, size: 11)
        return svg + "</svg>\n"
    }

    private static func marker(_ centroid: [Double], x0: Double, top: Double, cell: Double, cross: Bool) -> String {
        guard centroid.count == 2 else { return "" }
        let x = x0 + (centroid[0] + 0.5) * cell, y = top + (centroid[1] + 0.5) * cell
        if cross {
            return "<path d=\"M\(f(x - 7)) \(f(y))H\(f(x + 7))M\(f(x)) \(f(y - 7))V\(f(y + 7))\" stroke=\"#1f77b4\" stroke-width=\"2.5\"/>\n"
        }
        return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"6\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"2.5\"/>\n"
    }

    private static func text(_ value: String, x: Double, y: Double, size: Int, bold: Bool = false) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\"\(bold ? " font-weight=\"bold\"" : "")>"
            + HTMLText.escape(value) + "</text>\n"
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
