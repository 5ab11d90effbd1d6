import ExoBasics
import ExoDiagnostics

/// One periodic transit-like signal found by ``TransitSearch``, with its vetting diagnostics.
///
/// Encodes to JSON with the snake_case keys of `exoscope search --json`: `period`, `epoch`,
/// `duration`, `depth`, `depth_err`, `snr`, `sde`, `transit_count`, `power`, `diagnostics`, `flags`.
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

    /// Its period, epoch and duration.
    public var ephemeris: Ephemeris { Ephemeris(period: period, epoch: epoch, duration: duration) }

    enum CodingKeys: String, CodingKey {
        case period, epoch, duration, depth
        case depthError = "depth_err"
        case snr, sde
        case transitCount = "transit_count"
        case power, diagnostics, flags
    }

    /// Creates a signal.
    public init(period: Double, epoch: Double, duration: Double, depth: Double, depthError: Double, snr: Double,
                sde: Double, transitCount: Int, power: Double, diagnostics: TransitDiagnostics, flags: [DiagnosticFlag]) {
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
    }
}
