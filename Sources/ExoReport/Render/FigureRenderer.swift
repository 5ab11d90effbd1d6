import Foundation

/// Lays out a ``Figure`` (frame, grid, ticks, labels, legend) and draws its layers on a surface.
struct FigureRenderer {
    let figure: Figure
    let plotArea: PixelRect
    let xRange: ClosedRange<Double>
    let yRange: ClosedRange<Double>

    init(figure: Figure) {
        self.figure = figure
        let left = 72.0, right = 16.0
        // The legend has its own row between the title and the plot, so it never covers data.
        let legendRow = figure.layers.contains { $0.legendLabel != nil } ? 16.0 : 0
        let top = (figure.title.isEmpty ? 12.0 : 30.0) + legendRow
        let bottom = figure.xLabel.isEmpty ? 28.0 : 44.0
        plotArea = PixelRect(
            x: left, y: top,
            width: max(Double(figure.width) - left - right, 10),
            height: max(Double(figure.height) - top - bottom, 10)
        )
        xRange = figure.resolvedXRange
        yRange = figure.resolvedYRange
    }

    /// Pixel x of a data x.
    func pixelX(_ x: Double) -> Double {
        let span = xRange.upperBound - xRange.lowerBound
        return plotArea.x + (x - xRange.lowerBound) / (span == 0 ? 1 : span) * plotArea.width
    }

    /// Pixel y of a data y.
    func pixelY(_ y: Double) -> Double {
        let span = yRange.upperBound - yRange.lowerBound
        return plotArea.maxY - (y - yRange.lowerBound) / (span == 0 ? 1 : span) * plotArea.height
    }

    func draw<S: DrawingSurface>(on surface: inout S) {
        surface.fillRect(PixelRect(x: 0, y: 0, width: Double(figure.width), height: Double(figure.height)),
                         color: .white, opacity: 1)
        let xTicks = AxisTicks(range: xRange, target: max(3, Int(plotArea.width / 90)))
        let yTicks = AxisTicks(range: yRange, target: max(3, Int(plotArea.height / 45)))
        drawGrid(on: &surface, xTicks: xTicks, yTicks: yTicks)
        surface.beginClip(plotArea)
        for layer in figure.layers {
            drawLayer(layer, on: &surface)
        }
        surface.endClip()
        surface.strokeRect(plotArea, color: .black, width: 1)
        drawTickLabels(on: &surface, xTicks: xTicks, yTicks: yTicks)
        drawLabels(on: &surface)
        drawLegend(on: &surface)
    }

    private func drawGrid<S: DrawingSurface>(on surface: inout S, xTicks: AxisTicks, yTicks: AxisTicks) {
        for value in xTicks.values {
            let px = pixelX(value)
            surface.polyline([PixelPoint(x: px, y: plotArea.y), PixelPoint(x: px, y: plotArea.maxY)],
                             color: .lightGrey, width: 1, dashed: false)
        }
        for value in yTicks.values {
            let py = pixelY(value)
            surface.polyline([PixelPoint(x: plotArea.x, y: py), PixelPoint(x: plotArea.maxX, y: py)],
                             color: .lightGrey, width: 1, dashed: false)
        }
    }

    private func drawTickLabels<S: DrawingSurface>(on surface: inout S, xTicks: AxisTicks, yTicks: AxisTicks) {
        for value in xTicks.values {
            let px = pixelX(value)
            surface.polyline([PixelPoint(x: px, y: plotArea.maxY), PixelPoint(x: px, y: plotArea.maxY + 4)],
                             color: .black, width: 1, dashed: false)
            surface.text(xTicks.label(value), at: PixelPoint(x: px, y: plotArea.maxY + 15), size: 10,
                         anchor: .middle, color: .black, bold: false, vertical: false)
        }
        for value in yTicks.values {
            let py = pixelY(value)
            surface.polyline([PixelPoint(x: plotArea.x - 4, y: py), PixelPoint(x: plotArea.x, y: py)],
                             color: .black, width: 1, dashed: false)
            surface.text(yTicks.label(value), at: PixelPoint(x: plotArea.x - 6, y: py + 3.5), size: 10,
                         anchor: .end, color: .black, bold: false, vertical: false)
        }
    }

    private func drawLabels<S: DrawingSurface>(on surface: inout S) {
        if !figure.title.isEmpty {
            surface.text(figure.title, at: PixelPoint(x: plotArea.x + plotArea.width / 2, y: 20), size: 13,
                         anchor: .middle, color: .black, bold: true, vertical: false)
        }
        if !figure.xLabel.isEmpty {
            surface.text(figure.xLabel, at: PixelPoint(x: plotArea.x + plotArea.width / 2, y: Double(figure.height) - 8),
                         size: 11, anchor: .middle, color: .black, bold: false, vertical: false)
        }
        if !figure.yLabel.isEmpty {
            surface.text(figure.yLabel, at: PixelPoint(x: 14, y: plotArea.y + plotArea.height / 2), size: 11,
                         anchor: .middle, color: .black, bold: false, vertical: true)
        }
    }

    /// One row of entries above the plot area, left to right.
    private func drawLegend<S: DrawingSurface>(on surface: inout S) {
        let entries = figure.layers.compactMap { layer in layer.legendLabel.map { ($0, layer.legendColor) } }
        guard !entries.isEmpty else { return }
        var x = plotArea.x
        let y = plotArea.y - 5
        for entry in entries {
            surface.fillRect(PixelRect(x: x, y: y - 7, width: 12, height: 6), color: entry.1, opacity: 1)
            surface.text(entry.0, at: PixelPoint(x: x + 16, y: y), size: 10, anchor: .start,
                         color: .black, bold: false, vertical: false)
            x += 16 + Double(entry.0.count) * 6 + 14
        }
    }

    private func clampedColumn(_ x: Double) -> Int {
        let px = pixelX(x)
        guard px.isFinite else { return Int.min }
        return Int(min(max(px, -1e6), 1e6).rounded(.down))
    }

    private func drawLayer<S: DrawingSurface>(_ layer: PlotLayer, on surface: inout S) {
        switch layer {
        case .line(let x, let y, let style):
            let reduced = Decimation.lineEnvelope(x: x, y: y, column: clampedColumn)
            let points = zip(reduced.x, reduced.y).map { PixelPoint(x: pixelX($0), y: pixelY($1)) }
            surface.polyline(points, color: style.color, width: style.width, dashed: style.dashed)
        case .scatter(let x, let y, let style):
            let marks = Decimation.scatterMarks(x: x, y: y, toPixel: { (pixelX($0), pixelY($1)) },
                                                cellSize: max(style.radius, 1))
            let visible = marks.filter { $0.x >= plotArea.x - 2 && $0.x <= plotArea.maxX + 2
                && $0.y1 >= plotArea.y - 2 && $0.y0 <= plotArea.maxY + 2 }
            surface.marks(visible, radius: style.radius, color: style.color, opacity: style.opacity)
        case .step(let x, let y, let style):
            surface.polyline(stepPoints(x: x, y: y), color: style.color, width: style.width, dashed: style.dashed)
        case .errorBars(let x, let y, let error, let style):
            var centres: [PixelPoint] = []
            for i in 0..<min(x.count, y.count, error.count) where x[i].isFinite && y[i].isFinite {
                let px = pixelX(x[i]), py = pixelY(y[i])
                if error[i].isFinite, error[i] > 0 {
                    surface.polyline([PixelPoint(x: px, y: pixelY(y[i] - error[i])),
                                      PixelPoint(x: px, y: pixelY(y[i] + error[i]))],
                                     color: style.color, width: 1, dashed: false)
                }
                centres.append(PixelPoint(x: px, y: py))
            }
            surface.dots(centres, radius: style.radius, color: style.color, opacity: style.opacity)
        case .verticalMarkers(let x, let style):
            for value in x where value.isFinite && xRange.contains(value) {
                let px = pixelX(value)
                surface.polyline([PixelPoint(x: px, y: plotArea.y), PixelPoint(x: px, y: plotArea.maxY)],
                                 color: style.color, width: style.width, dashed: style.dashed)
            }
        case .shadedSpans(let spans, let color, let opacity):
            for span in spans where span.upperBound >= xRange.lowerBound && span.lowerBound <= xRange.upperBound {
                let x0 = pixelX(max(span.lowerBound, xRange.lowerBound))
                let x1 = pixelX(min(span.upperBound, xRange.upperBound))
                surface.fillRect(PixelRect(x: x0, y: plotArea.y, width: max(x1 - x0, 1), height: plotArea.height),
                                 color: color, opacity: opacity)
            }
        case .horizontalLine(let y, let style):
            guard y.isFinite else { return }
            let py = pixelY(y)
            surface.polyline([PixelPoint(x: plotArea.x, y: py), PixelPoint(x: plotArea.maxX, y: py)],
                             color: style.color, width: style.width, dashed: style.dashed)
        }
    }

    /// Staircase corners: each value is held from its x to halfway towards its neighbours.
    private func stepPoints(x: [Double], y: [Double]) -> [PixelPoint] {
        let n = min(x.count, y.count)
        guard n > 0 else { return [] }
        var points: [PixelPoint] = []
        for i in 0..<n {
            guard x[i].isFinite, y[i].isFinite else {
                points.append(PixelPoint(x: .nan, y: .nan))
                continue
            }
            let left = i > 0 && x[i - 1].isFinite ? 0.5 * (x[i - 1] + x[i]) : x[i] - 0.5 * halfWidth(x, i)
            let right = i + 1 < n && x[i + 1].isFinite ? 0.5 * (x[i] + x[i + 1]) : x[i] + 0.5 * halfWidth(x, i)
            points.append(PixelPoint(x: pixelX(left), y: pixelY(y[i])))
            points.append(PixelPoint(x: pixelX(right), y: pixelY(y[i])))
        }
        return points
    }

    private func halfWidth(_ x: [Double], _ i: Int) -> Double {
        if i + 1 < x.count, x[i + 1].isFinite { return x[i + 1] - x[i] }
        if i > 0, x[i - 1].isFinite { return x[i] - x[i - 1] }
        return 0
    }
}
