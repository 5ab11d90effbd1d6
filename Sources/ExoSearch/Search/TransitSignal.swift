import ExoBasics
import ExoDiagnostics

/// One periodic transit-like signal found by ``TransitSearch``, with its vetting diagnostics.
///
/// Encodes to JSON with the snake_case keys of `exoscope search --json` (docs/output.md): `period`,
/// `period_err`, `epoch`, `epoch_err`, `duration`, `depth`, `depth_err`, `snr`, `sde`, `transit_count`,
/// `power`, `diagnostics`, `flags`, `transits` and, for two transits whose gap allows twice the period,
/// `period_aliases`.
public struct TransitSignal: Sendable, Codable, Equatable {
    /// Orbital period, days.
    public var period: Double
    /// Mid-time of the first transit at or after the first cadence, days, in the light curve's
    /// time system (e.g. BTJD or BKJD).
    public var epoch: Double
    /// Box duration, days.
    public var duration: Double
    /// Fractional depth (out-of-transit mean minus in-transit mean of the flattened flux).
    public var depth: Double
    /// One-sigma error of ``depth``.
    public var depthError: Double
    /// `depth / depthError`.
    public var snr: Double
    /// Signal detection efficiency of the pass that found it.
    public var sde: Double
    /// Number of transits with at least one cadence in transit.
    public var transitCount: Int
    /// BLS power at the period (the configured objective).
    public var power: Double
    /// Odd/even, secondary eclipse, shape, depth consistency, duration and single-event checks.
    public var diagnostics: TransitDiagnostics
    /// The diagnostic flags the signal raises (``DiagnosticThresholds/flags(for:)``).
    public var flags: [DiagnosticFlag]
    /// Every expected transit in the data's span, in time order, with its own depth and points.
    public var transits: [TransitMeasurement]
    /// Two transits only, where the data allow both: the periods `Δt/2` and `Δt` (days, ascending);
    /// ``period`` is the shorter, which puts a transit in a data gap (nil otherwise).
    public var periodAliases: [Double]?

    /// One-sigma error of ``period``, days (``TransitTiming``; nil with fewer than two transits with data).
    public var periodError: Double? { timingErrors.period }
    /// One-sigma error of ``epoch``, days (``TransitTiming``).
    public var epochError: Double? { timingErrors.epoch }
    private var timingErrors: (period: Double?, epoch: Double?) {
        TransitTiming.errors(ephemeris, depth: depth, snr: snr, transits: transits)
    }

    /// Its period, epoch and duration.
    public var ephemeris: Ephemeris { Ephemeris(period: period, epoch: epoch, duration: duration) }

    enum CodingKeys: String, CodingKey {
        case period, periodError = "period_err", epoch, epochError = "epoch_err", duration, depth
        case depthError = "depth_err"
        case snr, sde
        case transitCount = "transit_count"
        case power, diagnostics, flags, transits
        case periodAliases = "period_aliases"
    }

    /// Creates a signal.
    public init(period: Double, epoch: Double, duration: Double, depth: Double, depthError: Double, snr: Double,
                sde: Double, transitCount: Int, power: Double, diagnostics: TransitDiagnostics, flags: [DiagnosticFlag],
                transits: [TransitMeasurement] = [], periodAliases: [Double]? = nil) {
        self.period = period
        self.epoch = epoch
        self.duration = duration
        self.depth = depth
        self.depthError = depthError
        self.snr = snr
        self.sde = sde
        self.transitCount = transitCount
        self.power = power
        self.diagnostics = diagnostics
        self.flags = flags
        self.transits = transits
        self.periodAliases = periodAliases
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(period: try c.decode(Double.self, forKey: .period), epoch: try c.decode(Double.self, forKey: .epoch),
                  duration: try c.decode(Double.self, forKey: .duration), depth: try c.decode(Double.self, forKey: .depth),
                  depthError: try c.decode(Double.self, forKey: .depthError), snr: try c.decode(Double.self, forKey: .snr),
                  sde: try c.decode(Double.self, forKey: .sde), transitCount: try c.decode(Int.self, forKey: .transitCount),
                  power: try c.decode(Double.self, forKey: .power),
                  diagnostics: try c.decode(TransitDiagnostics.self, forKey: .diagnostics),
                  flags: try c.decode([DiagnosticFlag].self, forKey: .flags),
                  transits: try c.decodeIfPresent([TransitMeasurement].self, forKey: .transits) ?? [],
                  periodAliases: try c.decodeIfPresent([Double].self, forKey: .periodAliases))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let errors = timingErrors
        try c.encode(period, forKey: .period)
        try c.encode(errors.period, forKey: .periodError)
        try c.encode(epoch, forKey: .epoch)
        try c.encode(errors.epoch, forKey: .epochError)
        try c.encode(duration, forKey: .duration)
        try c.encode(depth, forKey: .depth)
        try c.encode(depthError, forKey: .depthError)
        try c.encode(snr, forKey: .snr)
        try c.encode(sde, forKey: .sde)
        try c.encode(transitCount, forKey: .transitCount)
        try c.encode(power, forKey: .power)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode(transits, forKey: .transits)
        try c.encode(flags, forKey: .flags)
        try c.encodeIfPresent(periodAliases, forKey: .periodAliases)
    }
}
