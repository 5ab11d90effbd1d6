/// How views are binned: sizes, spans and bin widths. Durations and periods are the TCE's.
///
/// Bin centres are evenly spaced so that the first bin starts at the span's start and the last
/// ends at its end (AstroNet's `median_filter` convention); bins wider than the spacing overlap.
public struct ViewConfiguration: Codable, Equatable, Sendable {
    /// How bins without points get a value.
    public enum EmptyBinFill: String, Codable, Sendable {
        /// The median of all points of the view's span (AstroNet).
        case median
        /// Linear interpolation between the nearest filled bins.
        case interpolate
    }

    /// Global view bins.
    public var globalBins: Int = 201
    /// Total width of all global bins laid end to end, in periods: each bin is
    /// `globalWidthPeriods × period / globalBins` wide (1.2 for the TESS set, 1 for Kepler).
    public var globalWidthPeriods: Double = 1.2
    /// Local view bins.
    public var localBins: Int = 61
    /// Width of one local bin, durations.
    public var localBinWidthDurations: Double = 0.16
    /// Half span of the local view, durations.
    public var localHalfSpanDurations: Double = 2
    /// Secondary view bins.
    public var secondaryBins: Int = 61
    /// Width of one secondary bin, durations.
    public var secondaryBinWidthDurations: Double = 0.16
    /// Half span of the secondary view, durations.
    public var secondaryHalfSpanDurations: Double = 4
    /// Phases within this many durations of the transit are excluded from the secondary search.
    public var secondaryExclusionDurations: Double = 1.5
    /// How empty bins are filled.
    public var emptyBinFill: EmptyBinFill = .median

    /// A configuration with the TESS defaults.
    public init() {}

    /// The TESS vetting set (Yu et al. 2019): 201 / 61 (±2 durations) / 61 (±4 durations).
    public static let tess = ViewConfiguration()

    /// AstroNet's Kepler views (Shallue & Vanderburg 2018): global 2001 bins over one period,
    /// local 201 bins over ±4 durations, secondary 201 bins over ±4 durations.
    public static let kepler: ViewConfiguration = {
        var c = ViewConfiguration()
        c.globalBins = 2001
        c.globalWidthPeriods = 1
        c.localBins = 201
        c.localHalfSpanDurations = 4
        c.secondaryBins = 201
        return c
    }()

    /// The view lengths this configuration makes.
    public var sizes: ViewSizes { ViewSizes(global: globalBins, local: localBins, secondary: secondaryBins) }

    func validate() throws {
        guard globalBins >= 2, localBins >= 2, secondaryBins >= 2 else {
            throw ViewsError.invalidConfiguration("bin counts must be at least 2, got \(globalBins)/\(localBins)/\(secondaryBins)")
        }
        let widths = [globalWidthPeriods, localBinWidthDurations, localHalfSpanDurations,
                      secondaryBinWidthDurations, secondaryHalfSpanDurations]
        guard widths.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw ViewsError.invalidConfiguration("widths and spans must be positive, got \(widths)")
        }
    }
}
