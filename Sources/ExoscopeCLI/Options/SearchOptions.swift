import ArgumentParser
import Exoscope

/// The detrending method chosen on the command line.
enum DetrendMethod: String, ExpressibleByArgument, CaseIterable {
    case biweight
    case spline
    case none
}

/// The BLS engine chosen on the command line (``BLSAlgorithm``).
enum SearchEngine: String, ExpressibleByArgument, CaseIterable {
    case auto
    case exact
    case fast

    var algorithm: BLSAlgorithm {
        switch self {
        case .auto: .auto
        case .exact: .exact
        case .fast: .fast
        }
    }
}

/// Options of the transit search shared by commands that search (`@OptionGroup var search: SearchOptions`).
struct SearchOptions: ParsableArguments {
    @Option(name: .customLong("min-period"), help: "Shortest trial period, days.")
    var minPeriod: Double = 0.5

    @Option(name: .customLong("max-period"), help: "Longest trial period, days (default: half the baseline).")
    var maxPeriod: Double?

    @Option(name: .customLong("max-signals"), help: "The most signals to report per star.")
    var maxSignals: Int = 5

    @Option(help: "Detrending: biweight (default), spline (BIC-chosen knots) or none.")
    var detrend: DetrendMethod = .biweight

    @Option(help: "Biweight window, days (default: 3 times the longest duration, at least 0.5 d).")
    var window: Double?

    @Option(name: .customLong("sde-threshold"),
            help: "Stop when a pass's SDE is below this (default: 1.125 ln(trial periods), under 1% false alarms on noise: 7.4 at 10 days, 8.8 at 27, 11.7 at 270; at most 8.7 once a signal is found).")
    var sdeThreshold: Double?

    @Option(help: "BLS engine: auto (default: fast folding where it costs less), exact (astropy's binning at every period) or fast (fast folding at every period on phase bins as wide as the period grid's step, highest peaks recomputed exactly: several times faster at long baselines, SDEs up to about 17% low).")
    var engine: SearchEngine = .auto

    @Option(name: .customLong("time-budget"),
            help: "Seconds the search of one star may take (checked between search passes); past it the star gets an error naming its files and the others go on (default: no limit).")
    var timeBudget: Double?

    @OptionGroup var threading: ThreadOptions

    func validate() throws {
        guard minPeriod > 0 else { throw ValidationError("--min-period must be positive, got \(minPeriod)") }
        if let maxPeriod, maxPeriod <= minPeriod {
            throw ValidationError("--max-period must be longer than --min-period (\(minPeriod)), got \(maxPeriod)")
        }
        guard maxSignals >= 1 else { throw ValidationError("--max-signals must be at least 1, got \(maxSignals)") }
        if let window, window <= 0 { throw ValidationError("--window must be positive, got \(window)") }
        if let timeBudget, !(timeBudget > 0) { throw ValidationError("--time-budget must be positive, got \(timeBudget)") }
        if window != nil && detrend != .biweight { throw ValidationError("--window applies to --detrend biweight only") }
    }

    /// The search configuration these options describe.
    var configuration: TransitSearchConfiguration {
        var config = TransitSearchConfiguration()
        config.minimumPeriod = minPeriod
        config.maximumPeriod = maxPeriod
        config.maxSignals = maxSignals
        config.threads = threading.threads
        config.sdeThreshold = sdeThreshold
        config.algorithm = engine.algorithm
        config.timeBudget = timeBudget
        switch detrend {
        case .biweight: config.detrender = window.map { .biweight(windowDays: $0) }
        case .spline: config.detrender = .spline
        case .none: config.detrender = Detrender.none
        }
        return config
    }
}
