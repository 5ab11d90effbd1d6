import Foundation

/// The self-contained HTML page of one star: inline CSS and inline SVG plots, nothing fetched from a network.
public enum ReportPage {
    /// The page of `report`.
    public static func html(_ report: StarReport) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Exoscope: \(e(report.target))</title>
        <style>\(css)</style>
        </head>
        <body>
        <h1>\(e(report.target)) <span class="mission">\(e(report.mission))</span></h1>

        """
        if let failure = report.failure {
            html += "<p class=\"failure\">Vetting stopped: \(e(failure))</p>\n"
        }
        html += section("Signals and verdicts", signalTable(report))
        html += section("Light curve", figure(ReportPlots.lightCurve(report), id: "lightcurve")
            + (report.detrendedCurve == nil ? "" : figure(ReportPlots.detrendedCurve(report), id: "detrended")))
        if let periodogram = report.periodogram {
            html += section("Periodogram", figure(ReportPlots.periodogram(periodogram, target: report.target), id: "periodogram"))
        }
        for signal in report.signals {
            let color = PlotColor.series(signal.number - 1)
            var body = "<p>\(e(summary(signal)))</p>\n<div class=\"grid\">\n"
            for (index, panel) in signal.panels.enumerated() {
                body += figure(ReportPlots.folded(panel, color: color), id: "signal\(signal.number)-view\(index)")
            }
            if let oddEven = ReportPlots.oddEven(signal) {
                body += figure(oddEven, id: "signal\(signal.number)-oddeven")
            }
            body += "</div>\n"
            html += section("Signal \(signal.number): folded views", body, id: "signal\(signal.number)")
            if !signal.transitWindows.isEmpty {
                html += section("Signal \(signal.number): each transit", windows(signal.transitWindows, color: color,
                                                                               id: "signal\(signal.number)-transit",
                                                                               leftOut: signal.transitWindowsLeftOut))
            }
            if let centroid = signal.centroid {
                html += section("Signal \(signal.number): centroid (difference image)",
                                "<figure id=\"signal\(signal.number)-centroid\" class=\"plot centroid\">\n"
                                    + CentroidSVG.svg(centroid) + "</figure>\n")
            }
        }
        if !report.singleTransitWindows.isEmpty {
            html += section("Single transits", windows(report.singleTransitWindows, color: .red, id: "single", leftOut: 0))
        }
        html += section("Provenance", provenance(report.provenance))
        html += "<footer>Made by \(e(report.provenance.software)). Light curves: NASA / MAST.</footer>\n</body>\n</html>\n"
        return html
    }

    /// The index page linking the star pages (`fileNames[i]` is the page of `reports[i]`): one row per signal
    /// with its period, depth, SNR, planet probability and verdict.
    public static func index(_ reports: [StarReport], fileNames: [String]) -> String {
        var rows = ""
        for (report, name) in zip(reports, fileNames) {
            let star = "<td><a href=\"\(e(name))\">\(e(report.target))</a></td><td>\(e(report.mission))</td>"
            if report.signals.isEmpty {
                let note = report.failure ?? "no significant transit-like signal"
                let lone = report.singleTransitWindows.isEmpty ? "" : "; \(report.singleTransitWindows.count) single transit(s)"
                rows += "<tr>\(star)<td colspan=\"6\">\(e(note + lone))</td></tr>\n"
                continue
            }
            for s in report.signals {
                rows += "<tr class=\"\(e(s.verdict))\">\(star)<td><a href=\"\(e(name))#signal\(s.number)\">\(s.number)</a></td>"
                    + "<td>\(f(s.period, 5))</td><td>\(f(s.depth * 1e6, 0))</td><td>\(f(s.snr, 1))</td>"
                    + "<td>\(f(s.planetProbability, 2))</td><td class=\"verdict\">\(e(s.verdict))</td></tr>\n"
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Exoscope vetting report</title><style>\(css)</style></head>
        <body>
        <h1>Exoscope vetting report</h1>
        <table class="signals"><thead><tr><th>Target</th><th>Mission</th><th>Signal</th><th>Period (d)</th>
        <th>Depth (ppm)</th><th>SNR</th><th>P(planet)</th><th>Verdict</th></tr></thead>
        <tbody>
        \(rows)</tbody></table>
        </body>
        </html>

        """
    }

    /// Small figures of transit windows in a grid, with a note of those left out.
    private static func windows(_ windows: [TransitWindow], color: PlotColor, id: String, leftOut: Int) -> String {
        var body = "<p>Detrended flux around each event (grey) and the box model (line).</p>\n<div class=\"grid small\">\n"
        for (index, window) in windows.enumerated() {
            body += figure(ReportPlots.transitWindow(window, color: color), id: "\(id)\(index + 1)")
        }
        body += "</div>\n"
        if leftOut > 0 { body += "<p>\(leftOut) more transit(s) with data not shown.</p>\n" }
        return body
    }

    private static func section(_ title: String, _ body: String, id: String? = nil) -> String {
        "<section\(id.map { " id=\"\(e($0))\"" } ?? "")>\n<h2>\(e(title))</h2>\n\(body)</section>\n"
    }

    private static func figure(_ figure: Figure, id: String) -> String {
        "<figure id=\"\(e(id))\" class=\"plot\">\n\(figure.svg())</figure>\n"
    }

    private static func summary(_ signal: SignalReport) -> String {
        "Period \(f(signal.period, 6)) d, epoch \(f(signal.epoch, 5)), duration \(f(signal.duration * 24, 3)) h, "
            + "depth \(f(signal.depth * 1e6, 0)) ppm, SNR \(f(signal.snr, 1)): \(signal.verdict)."
    }

    private static func signalTable(_ report: StarReport) -> String {
        guard !report.signals.isEmpty else { return "<p>No significant transit-like signal was found.</p>\n" }
        var rows = ""
        for s in report.signals {
            let probabilities = ["PC", "EB", "J"].map { "\($0) \(f(s.classProbabilities[$0] ?? .nan, 2))" }
                .joined(separator: ", ")
            rows += "<tr class=\"\(e(s.verdict))\"><td>\(s.number)</td><td>\(f(s.period, 6))</td><td>\(f(s.epoch, 5))</td>"
                + "<td>\(f(s.duration * 24, 3))</td><td>\(f(s.depth * 1e6, 0)) ± \(f(s.depthError * 1e6, 0))</td>"
                + "<td>\(f(s.snr, 1))</td><td>\(f(s.sde, 1))</td><td>\(s.transitCount)</td>"
                + "<td>\(f(s.planetProbability, 3))</td><td>\(e(probabilities))</td>"
                + "<td class=\"verdict\">\(e(s.verdict))</td>"
                + "<td><ul>\(s.reasons.map { "<li>\(e($0))</li>" }.joined())</ul>"
                + (s.flags.isEmpty ? "" : "<span class=\"flags\">flags: \(e(s.flags.joined(separator: ", ")))</span>")
                + "</td></tr>\n"
        }
        return """
        <table class="signals"><thead><tr><th>#</th><th>Period (d)</th><th>Epoch</th><th>Duration (h)</th>
        <th>Depth (ppm)</th><th>SNR</th><th>SDE</th><th>Transits</th><th>P(planet)</th><th>Classes</th>
        <th>Verdict</th><th>Reasons</th></tr></thead>
        <tbody>
        \(rows)</tbody></table>

        """
    }

    private static func provenance(_ p: Provenance) -> String {
        var html = "<dl>\n<dt>Software</dt><dd>\(e(p.software))</dd>\n<dt>Generated</dt><dd>\(e(p.generated))</dd>\n"
        html += "<dt>Files</dt><dd><ul>"
            + p.files.map { "<li>\(e($0.path))\($0.bytes.map { " (\($0) bytes)" } ?? "")</li>" }.joined()
            + "</ul></dd>\n"
        html += "<dt>Settings</dt><dd><table class=\"settings\">"
            + p.settings.map { "<tr><th>\(e($0.name))</th><td>\(e($0.value))</td></tr>" }.joined()
            + "</table></dd>\n</dl>\n"
        return html
    }

    private static func e(_ text: String) -> String { HTMLText.escape(text) }

    private static func f(_ value: Double, _ decimals: Int) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "–"
    }

    private static let css = """
    body{font-family:Helvetica,Arial,sans-serif;margin:24px auto;max-width:900px;color:#222;background:#fff}
    h1{font-size:24px;margin-bottom:4px}h1 .mission{font-size:15px;color:#666;font-weight:normal}
    h2{font-size:18px;border-bottom:1px solid #ddd;padding-bottom:3px;margin-top:28px}
    figure.plot{margin:8px 0}figure.plot svg{max-width:100%;height:auto;display:block}
    .grid{display:flex;flex-wrap:wrap;gap:8px}.grid figure.plot{margin:0;flex:0 0 440px;max-width:100%}
    .grid.small figure.plot{flex:0 0 220px}
    table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #ddd;padding:3px 6px;vertical-align:top}
    th{background:#f4f4f4;text-align:left}td ul{margin:0;padding-left:16px}
    tr.planet-candidate td.verdict{color:#1a7f37;font-weight:bold}
    tr.eclipsing-binary td.verdict{color:#b35900;font-weight:bold}
    tr.not-transit-like td.verdict{color:#777;font-weight:bold}
    .flags{color:#666;font-size:12px}.failure{color:#b00020}dt{font-weight:bold;margin-top:6px}
    table.settings th{font-weight:normal}footer{margin-top:32px;font-size:12px;color:#777}
    """
}
