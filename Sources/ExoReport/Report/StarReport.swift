/// Everything the report page of one star shows; `Codable` so it can be saved and re-rendered.
public struct StarReport: Codable, Sendable, Equatable {
    /// Target name, e.g. "TIC 25155310".
    public var target: String
    /// Mission name, e.g. "TESS".
    public var mission: String
    /// Label of the time axis with its reference, e.g. "Time (BJD - 2457000, days)".
    public var timeLabel: String
    /// Normalised flux before detrending.
    public var rawCurve: CurveSeries
    /// The trend removed by detrending, on the same times (nil if not detrended).
    public var trend: CurveSeries?
    /// Detrended (flattened) flux.
    public var detrendedCurve: CurveSeries?
    /// Periodogram of the first search.
    public var periodogram: PeriodogramSeries?
    /// Signals found, strongest first.
    public var signals: [SignalReport]
    /// Why vetting stopped early, if it did.
    public var failure: String?
    /// Input files, software and settings.
    public var provenance: Provenance
    /// One window per lone transit (``TransitWindow``), in time order.
    public var singleTransitWindows: [TransitWindow] = []

    /// Creates a star report.
    public init(
        target: String, mission: String, timeLabel: String, rawCurve: CurveSeries, trend: CurveSeries? = nil,
        detrendedCurve: CurveSeries? = nil, periodogram: PeriodogramSeries? = nil, signals: [SignalReport] = [],
        failure: String? = nil, provenance: Provenance
    ) {
        self.target = target
        self.mission = mission
        self.timeLabel = timeLabel
        self.rawCurve = rawCurve
        self.trend = trend
        self.detrendedCurve = detrendedCurve
        self.periodogram = periodogram
        self.signals = signals
        self.failure = failure
        self.provenance = provenance
    }
}
