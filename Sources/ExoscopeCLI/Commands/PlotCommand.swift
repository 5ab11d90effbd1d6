import ArgumentParser
import Exoscope
import Foundation

/// `exoscope plot`: draws one report plot of a star as an SVG or PNG file.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Plot a light curve, its periodogram or a folded signal as SVG or PNG.",
        discussion: """
        lightcurve: the normalised flux (files of one star stitched). periodogram: the BLS spectrum of the \
        first search with the signals found. fold: a folded view of one signal (--signal, --view) with its \
        binned points. The periodogram and fold kinds run the vetting pipeline first, so its options apply.
        """)

    /// What to plot.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case lightcurve, periodogram, fold
    }

    /// The file format.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, png
    }

    /// Which folded view `--kind fold` draws.
    enum View: String, ExpressibleByArgument, CaseIterable {
        case global, local, secondary
        case oddEven = "odd-even"
    }

    @Argument(help: "Light-curve files of one star (stitched).")
    var files: [String]

    @Option(help: "What to plot: lightcurve, periodogram or fold.")
    var kind: Kind = .lightcurve

    @Option(help: "svg or png: needed for -o - or a name without an extension, else it must agree with the extension.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Output file (.svg or .png), or - for standard output (with --format).")
    var output: String

    @Option(help: ArgumentHelp("Image size in pixels, WIDTHxHEIGHT (100 to 10000 each); a PNG wider than the plot's own layout is drawn larger, text included.",
                               valueName: "WxH"))
    var size: ImageSize?

    @Option(help: "Signal number for --kind fold (1 = strongest; default 1).")
    var signal: Int?

    @Option(help: "Folded view for --kind fold: global, local (default), secondary or odd-even.")
    var view: View?

    @OptionGroup var reading: LightCurveOptions
    @OptionGroup var vetting: VettingOptions

    func validate() throws {
        if let signal, signal < 1 { throw ValidationError("--signal must be at least 1, got \(signal)") }
        if kind != .fold && (signal != nil || view != nil) {
            throw ValidationError("--signal and --view apply to --kind fold only")
        }
        _ = try chosenFormat()
    }

    /// The format: the output file's extension, or --format when there is none; an error when
    /// neither tells it or they disagree (never a silent default).
    func chosenFormat() throws -> Format {
        let destination = OutputFile(output)
        guard let ext = destination.fileExtension else {
            guard let format else { throw ValidationError("give --format svg or png to write \(output)") }
            return format
        }
        guard let byExtension = Format(rawValue: ext) else {
            throw ValidationError("\(output): plot writes SVG or PNG; name the file .svg or .png")
        }
        if let format, format != byExtension {
            throw ValidationError("--format \(format.rawValue) disagrees with the extension of \(output)")
        }
        return byExtension
    }

    func run() throws {
        vetting.search.threading.apply()
        var figure = try makeFigure()
        let chosen = try chosenFormat()
        if let size, chosen == .svg { (figure.width, figure.height) = (size.width, size.height) }
        let bytes: [UInt8] = switch (chosen, size) {
        case (.png, let size?): try figure.png(pixelWidth: size.width, pixelHeight: size.height)
        case (.png, nil): try figure.png()
        case (.svg, _): Array(figure.svg().utf8)
        }
        try OutputFile(output).write(Data(bytes))
    }

    private func makeFigure() throws -> Figure {
        if kind == .lightcurve {
            var lightCurve = try reading.lightCurve(files)
            if !lightCurve.metadata.isNormalized { lightCurve = lightCurve.normalized() }
            let report = StarReport(
                target: lightCurve.metadata.targetID, mission: lightCurve.metadata.mission.rawValue,
                timeLabel: CurveSeries.timeLabel(for: lightCurve.metadata), rawCurve: CurveSeries(lightCurve),
                provenance: Provenance(software: VettingPipeline.softwareVersion, generated: "", files: [], settings: []))
            return ReportPlots.lightCurve(report)
        }
        let configuration = vetting.configuration(reading: reading, keepsReportData: true)
        let pipeline = try VettingPipeline(configuration: configuration)
        let stars = try pipeline.vet(files: files.map { URL(fileURLWithPath: $0) })
        guard stars.count == 1, let star = stars.first else {
            throw CLIError.cannotMake("plot takes the files of one star, got \(stars.count) stars")
        }
        if let error = star.error { throw CLIError.cannotMake(error) }
        guard let report = star.report else { throw CLIError.cannotMake("\(star.target): no report data") }
        if kind == .periodogram {
            guard let periodogram = report.periodogram else {
                throw CLIError.cannotMake("\(star.target): no periodogram was computed")
            }
            return ReportPlots.periodogram(periodogram, target: report.target)
        }
        let signal = signal ?? 1
        guard signal <= report.signals.count else {
            throw CLIError.cannotMake("\(star.target): signal \(signal) asked for, \(report.signals.count) found")
        }
        let chosen = report.signals[signal - 1]
        let color = PlotColor.series(signal - 1)
        let view = view ?? .local
        switch view {
        case .oddEven:
            guard let figure = ReportPlots.oddEven(chosen, target: report.target) else {
                throw CLIError.cannotMake("\(star.target): signal \(signal) has no odd/even views")
            }
            return figure
        case .global, .local, .secondary:
            let index = [View.global, .local, .secondary].firstIndex(of: view) ?? 1
            guard index < chosen.panels.count else {
                throw CLIError.cannotMake("\(star.target): signal \(signal) has no \(view.rawValue) view")
            }
            return ReportPlots.folded(chosen.panels[index], color: color, target: report.target)
        }
    }
}
