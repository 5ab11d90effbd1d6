import ArgumentParser
import Exoscope
import Foundation

/// `exoscope inject`: puts a simulated planet or eclipsing binary into a real light curve.
struct InjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inject",
        abstract: "Inject a transiting planet or an eclipsing binary into a light curve and write it as FITS.",
        discussion: """
        The flux is multiplied by the model (limb-darkened Mandel & Agol transit on a circular orbit \
        around a star of --density, averaged over each cadence), so the depth is relative to the \
        star. Give --depth (fractional, mid-transit) or --radius (Rp/R*). An eb gets an equal-size \
        companion of --teff2 with ellipsoidal variation and reflection; --depth then dilutes it. \
        Times as in the file (BKJD/BTJD). The injection is recorded in the header (INJ* cards).
        """)

    @Argument(help: "A light curve (FITS or text).")
    var file: String

    @Option(help: "Period, days.")
    var period: Double

    @Option(help: "Mid-transit time, days in the file's time system.")
    var epoch: Double

    @Option(help: "Mid-transit depth, fractional.")
    var depth: Double?

    @Option(help: "Companion/star radius ratio Rp/R*.")
    var radius: Double?

    @Option(help: "What to inject: planet or eb.")
    var kind: InjectedKind = .planet

    @Option(help: "Impact parameter, stellar radii.")
    var impact: Double = 0.3

    @Option(help: "Stellar mean density, solar units (sets a/R* and the duration).")
    var density: Double = 1

    @Option(name: .customLong("teff2"), help: "Secondary temperature for --kind eb, K (primary 5800 K).")
    var secondaryTemperature: Double = 4500

    @Option(name: .shortAndLong, help: "Output FITS file.")
    var output: String

    enum InjectedKind: String, ExpressibleByArgument, CaseIterable { case planet, eb }

    func validate() throws {
        if depth == nil && radius == nil { throw ValidationError("give --depth or --radius") }
        if kind == .planet && depth != nil && radius != nil {
            throw ValidationError("give --depth or --radius for a planet, not both (--depth sets Rp/R*)")
        }
        try OutputFile(output).requireExtension(["fits", "fit"], format: "FITS")
    }

    func run() throws {
        let lightCurve = try LightCurveReader.read(contentsOf: URL(fileURLWithPath: file))
        let planet = try SignalInjector.planet(period: period, epoch: epoch, depth: kind == .planet ? depth : nil,
                                               radiusRatio: radius ?? 1, impactParameter: impact, stellarDensity: density)
        var cards = [FITSCard(keyword: "INJKIND", value: .string(kind.rawValue), comment: "injected signal"),
                     FITSCard(keyword: "INJPER", value: .double(period), comment: "[d] injected period"),
                     FITSCard(keyword: "INJEPOCH", value: .double(epoch), comment: "[d] injected mid-transit time")]
        let injected: LightCurve
        switch kind {
        case .planet:
            injected = SignalInjector.inject(planet, into: lightCurve)
            cards += [FITSCard(keyword: "INJDEPTH", value: .double(planet.depth), comment: "injected depth (fractional)"),
                      FITSCard(keyword: "INJRATIO", value: .double(planet.radiusRatio), comment: "injected Rp/R*"),
                      FITSCard(keyword: "INJDUR", value: .double(planet.duration), comment: "[d] injected duration")]
        case .eb:
            var binary = EclipsingBinaryParameters(orbit: planet.orbit, radiusRatio: radius ?? 1, primaryTemperature: 5800,
                                                   secondaryTemperature: secondaryTemperature,
                                                   massRatio: min(radius ?? 1, 1))
            if let depth { binary.thirdLightFraction = StarSimulator.thirdLight(forDepth: depth, binary: binary) }
            injected = SignalInjector.inject(binary, into: lightCurve)
            cards += [FITSCard(keyword: "INJRATIO", value: .double(binary.radiusRatio), comment: "injected R2/R1"),
                      FITSCard(keyword: "INJTHIRD", value: .double(binary.thirdLightFraction), comment: "third-light fraction"),
                      FITSCard(keyword: "INJDUR", value: .double(binary.primaryDuration), comment: "[d] injected duration")]
        }
        try FITSWriter.write(injected, to: URL(fileURLWithPath: output), extraHeader: cards)
        print("\(output): \(kind.rawValue) injected into \(injected.count) cadences of \(file)")
    }
}
