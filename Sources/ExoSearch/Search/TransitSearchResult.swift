import ExoDiagnostics
import ExoLightCurve

/// What ``TransitSearch/run(on:)`` found.
public struct TransitSearchResult: Sendable {
    /// Signals in the order found (strongest first), harmonics and single events left out.
    public var signals: [TransitSignal]
    /// Lone transits (and duos) outside the reported signals' transits, in time order (``SingleTransitSearch``).
    public var singleTransits: [SingleTransit]
    /// The first pass's periodogram (all transits unmasked), for plots.
    public var periodogram: Periodogram
    /// The light curve searched: detrended (about 1.0), upward outliers removed.
    public var flattened: LightCurve
    /// The trend divided out, in the input's flux units, at the cadences of ``flattened``.
    public var trend: [Double]
    /// Detections not reported, with the reason ("alias of signal 1", "1 transit with data").
    public var rejected: [RejectedDetection]
    /// The durations searched, days.
    public var durations: [Double]
    /// The SDE threshold of the passes before the first reported signal: the configured one, or
    /// the default for the grid's size.
    public var sdeThreshold: Double
    /// The SDE threshold of the passes after the first reported signal.
    public var companionSDEThreshold: Double
    /// Cadences dropped before the search because their flux was implausible
    /// (``TransitSearch/plausibleFluxRatios`` of the median): damaged values.
    public var droppedImplausibleFlux: Int = 0
}

/// A detection the search masked but did not report.
public struct RejectedDetection: Sendable, Codable, Equatable {
    /// Period, days (nil for a single event).
    public var period: Double?
    /// Epoch (or the single event's time) and duration, days.
    public var epoch: Double
    public var duration: Double
    /// Its SDE.
    public var sde: Double
    /// Why it was not reported.
    public var reason: String
}
