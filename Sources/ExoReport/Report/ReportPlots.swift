import Foundation

/// The standard plots of a vetting report, as ``Figure``s (the HTML page and `exoscope plot` both use them).
public enum ReportPlots {
    /// Normalised flux against time with the trend, and each signal's transits marked by dashed lines.
    public static func lightCurve(_ report: StarReport) -> Figure {
        var figure = Figure(title: "\(report.target): light curve", xLabel: report.timeLabel, yLabel: "Normalised flux",
                            yRange: Figure.robustRange(of: report.rawCurve.value))
        figure.addScatter(x: report.rawCurve.time, y: report.rawCurve.value,
                          style: MarkerStyle(color: .grey, radius: 1.2, label: "flux"))
        if let trend = report.trend {
            for (index, span) in gapFreeSpans(trend.time).enumerated() {
                figure.addLine(x: Array(trend.time[span]), y: Array(trend.value[span]),
                               style: LineStyle(color: .orange, width: 1.5, label: index == 0 ? "trend" : nil))
            }
        }
        addTransitMarkers(report, to: &figure)
        return figure
    }

    /// Detrended flux against time with each signal's transit windows shaded.
    public static func detrendedCurve(_ report: StarReport) -> Figure {
        let curve = report.detrendedCurve ?? report.rawCurve
        var figure = Figure(title: "\(report.target): detrended light curve", xLabel: report.timeLabel,
                            yLabel: "Detrended flux", yRange: Figure.robustRange(of: curve.value))
        let start = curve.time.min() ?? 0, end = curve.time.max() ?? 0
        for signal in report.signals {
            let spans = signal.transitTimes(from: start - signal.duration, to: end + signal.duration)
                .map { ($0 - signal.duration / 2)...($0 + signal.duration / 2) }
            figure.addShadedSpans(spans, color: PlotColor.series(signal.number - 1), opacity: 0.18)
        }
        figure.addScatter(x: curve.time, y: curve.value, style: MarkerStyle(color: .black, radius: 1.1, opacity: 0.8))
        return figure
    }

    /// The periodogram with the signals' periods marked.
    public static func periodogram(_ series: PeriodogramSeries, target: String) -> Figure {
        var figure = Figure(title: "\(target): periodogram", xLabel: "Period (days)", yLabel: series.powerLabel)
        figure.addLine(x: series.period, y: series.power, style: LineStyle(color: .black, width: 1))
        for (index, peak) in series.peaks.enumerated() {
            figure.addVerticalMarkers(x: [peak], style: LineStyle(color: PlotColor.series(index), width: 1.5,
                                                                  dashed: true, label: "signal \(index + 1): \(format(peak)) d"))
        }
        return figure
    }

    /// A folded view: the folded points in grey and the binned values on top.
    public static func folded(_ panel: FoldedPanel, color: PlotColor = .blue, target: String = "") -> Figure {
        let title = target.isEmpty ? panel.title : "\(target): \(panel.title)"
        let yValues = panel.binned.y + panel.points.y
        var figure = Figure(width: 420, height: 280, title: title, xLabel: panel.xLabel, yLabel: panel.yLabel,
                            yRange: Figure.robustRange(of: yValues, lower: 0.002, upper: 0.998, margin: 0.08))
        figure.addScatter(x: panel.points.x, y: panel.points.y, style: MarkerStyle(color: .grey, radius: 1, opacity: 0.6))
        figure.addStep(x: panel.binned.x, y: panel.binned.y, style: LineStyle(color: color, width: 1.2))
        figure.addErrorBars(x: panel.binned.x, y: panel.binned.y,
                            error: panel.binned.error ?? [Double](repeating: .nan, count: panel.binned.x.count),
                            style: MarkerStyle(color: color, radius: 2))
        return figure
    }

    /// Odd against even transits, binned, with the depth difference in the title.
    public static func oddEven(_ signal: SignalReport, target: String = "") -> Figure? {
        guard let odd = signal.odd, let even = signal.even else { return nil }
        var title = "Odd vs even transits"
        if let sigma = signal.oddEvenSigma, sigma.isFinite { title += " (difference \(format(sigma)) sigma)" }
        if !target.isEmpty { title = "\(target): " + title }
        var figure = Figure(width: 420, height: 280, title: title, xLabel: "Time from mid-transit (hours)",
                            yLabel: "Normalised flux",
                            yRange: Figure.robustRange(of: odd.y + even.y + [signal.oddDepth, signal.evenDepth].compactMap { $0.map { 1 - $0 } },
                                                       lower: 0, upper: 1, margin: 0.1))
        figure.addErrorBars(x: odd.x, y: odd.y, error: odd.error ?? [Double](repeating: .nan, count: odd.x.count),
                            style: MarkerStyle(color: .blue, radius: 2.2, label: "odd"))
        figure.addErrorBars(x: even.x, y: even.y, error: even.error ?? [Double](repeating: .nan, count: even.x.count),
                            style: MarkerStyle(color: .orange, radius: 2.2, label: "even"))
        // Each parity's mean depth as a level across the transit, with its one-sigma error bar beside it.
        let half = signal.duration * 12
        for (depth, error, color, side) in [(signal.oddDepth, signal.oddDepthError, PlotColor.blue, -1.0),
                                            (signal.evenDepth, signal.evenDepthError, PlotColor.orange, 1.0)] {
            guard let depth, depth.isFinite else { continue }
            let level = 1 - depth
            figure.addLine(x: [-half, half], y: [level, level], style: LineStyle(color: color, width: 1.5, dashed: true))
            figure.addErrorBars(x: [side * half * 0.15], y: [level], error: [error ?? .nan],
                                style: MarkerStyle(color: color, radius: 3))
        }
        return figure
    }

    /// One transit (or lone event): the detrended flux around it and the box model.
    public static func transitWindow(_ window: TransitWindow, color: PlotColor = .blue) -> Figure {
        let span = window.hours.map(abs).max() ?? window.modelDurationHours
        let half = window.modelDurationHours / 2, low = 1 - window.modelDepth
        var figure = Figure(width: 220, height: 170, title: window.title, xLabel: "Hours", yLabel: "",
                            yRange: Figure.robustRange(of: window.flux + [1, low], lower: 0.002, upper: 0.998, margin: 0.1))
        figure.addScatter(x: window.hours, y: window.flux, style: MarkerStyle(color: .grey, radius: 1.3, opacity: 0.8))
        figure.addLine(x: [-span, -half, -half, half, half, span], y: [1, 1, low, low, 1, 1],
                       style: LineStyle(color: color, width: 1.5))
        return figure
    }

    /// Every figure of the report in page order, with a caption each.
    public static func all(_ report: StarReport) -> [(caption: String, figure: Figure)] {
        var figures: [(String, Figure)] = [("Light curve", lightCurve(report))]
        if report.detrendedCurve != nil { figures.append(("Detrended light curve", detrendedCurve(report))) }
        if let periodogram = report.periodogram {
            figures.append(("Periodogram", self.periodogram(periodogram, target: report.target)))
        }
        for signal in report.signals {
            let color = PlotColor.series(signal.number - 1)
            for panel in signal.panels {
                figures.append(("Signal \(signal.number): \(panel.title)", folded(panel, color: color)))
            }
            if let figure = oddEven(signal) { figures.append(("Signal \(signal.number): odd vs even", figure)) }
            for window in signal.transitWindows {
                figures.append(("Signal \(signal.number): \(window.title)", transitWindow(window, color: color)))
            }
        }
        for window in report.singleTransitWindows {
            figures.append(("Single transit: \(window.title)", transitWindow(window, color: .red)))
        }
        return figures
    }

    private static func addTransitMarkers(_ report: StarReport, to figure: inout Figure) {
        let start = report.rawCurve.time.min() ?? 0, end = report.rawCurve.time.max() ?? 0
        for signal in report.signals {
            figure.addVerticalMarkers(
                x: signal.transitTimes(from: start, to: end),
                style: LineStyle(color: PlotColor.series(signal.number - 1), width: 1, dashed: true,
                                 label: "signal \(signal.number) transits"))
        }
    }

    /// Index ranges of `time` (ascending) between gaps longer than `gap` days, so that no line is drawn
    /// across a gap (Kepler's monthly downlinks, TESS's orbit gap).
    static func gapFreeSpans(_ time: [Double], gap: Double = 0.5) -> [Range<Int>] {
        var spans: [Range<Int>] = [], start = 0
        for i in time.indices.dropFirst() where time[i] - time[i - 1] > gap {
            spans.append(start..<i)
            start = i
        }
        if start < time.count { spans.append(start..<time.count) }
        return spans
    }

    /// A number with four significant digits.
    static func format(_ value: Double) -> String {
        String(format: "%.4g", value)
    }
}
