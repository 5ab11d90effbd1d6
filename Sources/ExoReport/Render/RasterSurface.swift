/// Draws into an ``RGBImage``: lines, rectangles and discs without anti-aliasing, text with ``BitmapFont``.
struct RasterSurface: DrawingSurface {
    private(set) var image: RGBImage
    private var clip: (x0: Int, y0: Int, x1: Int, y1: Int)
    private var clipStack: [(x0: Int, y0: Int, x1: Int, y1: Int)] = []

    init(width: Int, height: Int) {
        image = RGBImage(width: width, height: height)
        clip = (0, 0, image.width - 1, image.height - 1)
    }

    /// Blends `color` into pixel (`x`, `y`) with `opacity`, inside the clip.
    private mutating func plot(_ x: Int, _ y: Int, _ color: PlotColor, _ opacity: Double) {
        guard x >= clip.x0, x <= clip.x1, y >= clip.y0, y <= clip.y1 else { return }
        let i = (y * image.width + x) * 3
        if opacity >= 1 {
            image.pixels[i] = color.red
            image.pixels[i + 1] = color.green
            image.pixels[i + 2] = color.blue
        } else {
            let a = max(opacity, 0)
            func mix(_ old: UInt8, _ new: UInt8) -> UInt8 {
                UInt8((Double(old) * (1 - a) + Double(new) * a).rounded())
            }
            image.pixels[i] = mix(image.pixels[i], color.red)
            image.pixels[i + 1] = mix(image.pixels[i + 1], color.green)
            image.pixels[i + 2] = mix(image.pixels[i + 2], color.blue)
        }
    }

    private static func pixel(_ value: Double) -> Int {
        Int(min(max(value, -1e6), 1e6).rounded(.down))
    }

    mutating func fillRect(_ rect: PixelRect, color: PlotColor, opacity: Double) {
        let x0 = max(Self.pixel(rect.x), clip.x0), x1 = min(Self.pixel(rect.maxX) - 1, clip.x1)
        let y0 = max(Self.pixel(rect.y), clip.y0), y1 = min(Self.pixel(rect.maxY) - 1, clip.y1)
        guard x0 <= x1, y0 <= y1 else { return }
        for y in y0...y1 {
            for x in x0...x1 { plot(x, y, color, opacity) }
        }
    }

    mutating func strokeRect(_ rect: PixelRect, color: PlotColor, width: Double) {
        let corners = [PixelPoint(x: rect.x, y: rect.y), PixelPoint(x: rect.maxX, y: rect.y),
                       PixelPoint(x: rect.maxX, y: rect.maxY), PixelPoint(x: rect.x, y: rect.maxY),
                       PixelPoint(x: rect.x, y: rect.y)]
        polyline(corners, color: color, width: width, dashed: false)
    }

    mutating func polyline(_ points: [PixelPoint], color: PlotColor, width: Double, dashed: Bool) {
        guard points.count > 1 else { return }
        var dashPhase = 0
        for i in 1..<points.count {
            let a = points[i - 1], b = points[i]
            guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { continue }
            segment(a, b, color: color, width: width, dashed: dashed, dashPhase: &dashPhase)
        }
    }

    /// Bresenham's line, stamped with a square of the stroke width.
    private mutating func segment(_ a: PixelPoint, _ b: PixelPoint, color: PlotColor, width: Double,
                                  dashed: Bool, dashPhase: inout Int) {
        var x0 = Self.pixel(a.x), y0 = Self.pixel(a.y)
        let x1 = Self.pixel(b.x), y1 = Self.pixel(b.y)
        // Skip segments entirely outside the clip (long lines far off-plot cost nothing).
        if max(x0, x1) < clip.x0 - 4 || min(x0, x1) > clip.x1 + 4 || max(y0, y1) < clip.y0 - 4
            || min(y0, y1) > clip.y1 + 4 { return }
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        let half = max(Int(width.rounded()) - 1, 0) / 2
        let extra = max(Int(width.rounded()) - 1, 0) - half
        var steps = 0
        while true {
            let on = !dashed || (dashPhase % 8) < 5
            if on {
                for oy in -half...extra {
                    for ox in -half...extra { plot(x0 + ox, y0 + oy, color, 1) }
                }
            }
            dashPhase += 1
            steps += 1
            if (x0 == x1 && y0 == y1) || steps > 4_000_000 { break }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x0 += sx }
            if e2 <= dx { error += dx; y0 += sy }
        }
    }

    mutating func dots(_ points: [PixelPoint], radius: Double, color: PlotColor, opacity: Double) {
        let r = max(radius, 0.5)
        let reach = Int(r.rounded(.up))
        var offsets: [(Int, Int)] = []
        for oy in -reach...reach {
            for ox in -reach...reach where Double(ox * ox + oy * oy) <= r * r + 0.25 {
                offsets.append((ox, oy))
            }
        }
        if offsets.isEmpty { offsets = [(0, 0)] }
        for point in points where point.x.isFinite && point.y.isFinite {
            let cx = Self.pixel(point.x), cy = Self.pixel(point.y)
            for (ox, oy) in offsets { plot(cx + ox, cy + oy, color, opacity) }
        }
    }

    mutating func marks(_ marks: [ScatterMark], radius: Double, color: PlotColor, opacity: Double) {
        for mark in marks {
            if mark.y1 > mark.y0 {
                let r = max(radius, 0.5)
                let x0 = Self.pixel(mark.x - r + 0.5), x1 = Self.pixel(mark.x + r + 0.5) - 1
                let y0 = Self.pixel(mark.y0 + 0.5), y1 = Self.pixel(mark.y1 + 0.5)
                if x0 <= x1, y0 <= y1 {
                    for y in y0...y1 {
                        for x in x0...x1 { plot(x, y, color, opacity) }
                    }
                }
            }
            dots([PixelPoint(x: mark.x, y: mark.y0), PixelPoint(x: mark.x, y: mark.y1)], radius: radius,
                 color: color, opacity: opacity)
        }
    }

    mutating func text(_ string: String, at point: PixelPoint, size: Double, anchor: TextAnchor,
                       color: PlotColor, bold: Bool, vertical: Bool) {
        // Whole-pixel magnification of the 5×7 glyphs: 1 up to 11 px type, 2 for 13 px titles, and
        // growing with the size, so text stays in proportion in a scaled PNG.
        let scale = max(1, Int((size / 7.5).rounded()))
        let glyphs = Array(string.unicodeScalars)
        let advance = (BitmapFont.glyphWidth + 1) * scale
        let length = glyphs.count * advance
        let shift = switch anchor {
        case .start: 0
        case .middle: -length / 2
        case .end: -length
        }
        let originX = Self.pixel(point.x), originY = Self.pixel(point.y)
        for (index, scalar) in glyphs.enumerated() {
            let columns = BitmapFont.columns(for: scalar)
            for (column, bits) in columns.enumerated() {
                for row in 0..<BitmapFont.glyphHeight where bits & (1 << row) != 0 {
                    for sy in 0..<scale {
                        for sx in 0..<(bold ? scale + 1 : scale) {
                            // Along the text: u; across it (upwards from the baseline): v.
                            let u = shift + index * advance + column * scale + sx
                            let v = (BitmapFont.glyphHeight - 1 - row) * scale + (scale - 1 - sy)
                            if vertical {
                                plot(originX - v, originY - u, color, 1)
                            } else {
                                plot(originX + u, originY - v, color, 1)
                            }
                        }
                    }
                }
            }
        }
    }

    mutating func beginClip(_ rect: PixelRect) {
        clipStack.append(clip)
        clip = (max(Self.pixel(rect.x), clip.x0), max(Self.pixel(rect.y), clip.y0),
                min(Self.pixel(rect.maxX), clip.x1), min(Self.pixel(rect.maxY), clip.y1))
    }

    mutating func endClip() {
        if let previous = clipStack.popLast() { clip = previous }
    }
}
