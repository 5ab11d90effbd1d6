import ExoDiagnostics
import ExoLightCurve
import ExoSearch
import ExoViews

/// Settings of a vetting run: how light curves are read, searched, viewed, classified and judged.
///
/// Detrending, outlier clipping and the number of signals are part of ``search``
/// (``TransitSearchConfiguration/detrender``, ``TransitSearchConfiguration/clipSigma``,
/// ``TransitSearchConfiguration/maxSignals``).
public struct VettingConfiguration: Codable, Sendable, Equatable {
    /// Flux column read from mission files.
    public var flux: FluxColumn = .pdcsap
    /// Quality mask applied when reading.
    public var quality: QualityMask = .default
    /// The time, flux and error columns of text tables (nil: chosen by header name).
    public var textColumns: TextColumns?
    /// Cleaning, detrending and the transit search.
    public var search = TransitSearchConfiguration()
    /// View sizes and spans given to the classifier (the TESS set's by default).
    public var views: ViewConfiguration = .tess
    /// The classifier.
    public var model: ModelChoice = .bundled
    /// The limits of the verdict rules.
    public var thresholds = DiagnosticThresholds()
    /// The inputs the classifier was trained on; outside them the diagnostics decide (the bundled models' by
    /// default).
    public var classifierDomain = ClassifierDomain()
    /// Keep the data behind the report plots (light curves, periodogram, folded views) in each result.
    public var keepsReportData = false

    /// The defaults, with at most 3 signals per star.
    public init() {
        search.maxSignals = 3
    }

    /// The most signals reported per star.
    public var maxSignals: Int {
        get { search.maxSignals }
        set { search.maxSignals = newValue }
    }
}
