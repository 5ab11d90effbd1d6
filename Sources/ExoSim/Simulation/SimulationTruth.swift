import ExoBasics
import ExoLightCurve

/// The ephemeris of a periodic signal: what a search should find.
public struct SignalEphemeris: Sendable, Codable, Equatable {
    /// Period, days.
    public var period: Double
    /// Mid-transit (primary eclipse) time, days.
    public var epoch: Double
    /// Duration from first to fourth contact, days.
    public var duration: Double
    /// Depth at mid-transit, fractional (after dilution).
    public var depth: Double

    /// An ephemeris of `period`, `epoch` and `duration` (days) and fractional `depth`.
    public init(period: Double, epoch: Double, duration: Double, depth: Double) {
        self.period = period
        self.epoch = epoch
        self.duration = duration
        self.depth = depth
    }

    /// Its period, epoch and duration, for the in-transit arithmetic.
    public var ephemeris: Ephemeris { Ephemeris(period: period, epoch: epoch, duration: duration) }
}

/// Everything a simulation put into a light curve.
public struct SimulationTruth: Sendable, Codable, Equatable {
    /// The kind of star.
    public var kind: StarKind
    /// Training label: "PC", "EB" or "J".
    public var label: String
    /// The mission simulated.
    public var mission: Mission
    /// Quarter, campaign or sector.
    public var segment: Int
    /// The seed that reproduces this star.
    public var seed: UInt64
    /// Magnitude in the mission band.
    public var magnitude: Double
    /// White noise per cadence, fractional (0 when noise was left out).
    public var noisePerCadence: Double
    /// The transit or primary eclipse (nil for variable and quiet stars).
    public var ephemeris: SignalEphemeris?
    /// The secondary eclipse of a binary: its time and depth (nil otherwise).
    public var secondaryEclipse: SignalEphemeris?
    /// The planet, for `.planet`.
    public var transit: TransitParameters?
    /// The binary, for `.eb`.
    public var binary: EclipsingBinaryParameters?
    /// The star's own variability.
    public var variability: StellarVariability
    /// The spacecraft's systematics, for `.instrumental` (nil otherwise).
    public var systematics: InstrumentalSystematics? = nil
}
