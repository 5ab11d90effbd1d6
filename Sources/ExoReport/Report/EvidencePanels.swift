/// The detrended flux around one transit (or lone event) and the box model of the signal there: one small
/// window of the report's per-transit panel.
public struct TransitWindow: Codable, Sendable, Equatable {
    /// Caption, e.g. "transit 3 at 1234.567 (12 points)".
    public var title: String
    /// Hours from the window's mid-time.
    public var hours: [Double]
    /// Detrended flux at those times.
    public var flux: [Double]
    /// Box model: its fractional depth and duration in hours (about a baseline of 1).
    public var modelDepth: Double
    public var modelDurationHours: Double

    /// A window of `hours`, `flux` and the box model of `modelDepth` lasting `modelDurationHours`.
    public init(title: String, hours: [Double], flux: [Double], modelDepth: Double, modelDurationHours: Double) {
        self.title = title
        self.hours = hours
        self.flux = flux
        self.modelDepth = modelDepth
        self.modelDurationHours = modelDurationHours
    }
}

/// The difference-image evidence of a target pixel file: where the flux went missing in transit against
/// where the star is (pixel column, row from 0).
public struct CentroidPanel: Codable, Sendable, Equatable {
    /// Mean out-of-transit image and mean difference image (out minus in), row-major, `width` columns.
    public var outOfTransitImage: [Double]
    public var differenceImage: [Double]
    public var width: Int
    /// Centroids, pixels (column, row).
    public var differenceCentroid: [Double]
    public var outOfTransitCentroid: [Double]
    /// Offset in pixels and arcseconds (nil without a WCS), and its significance in sigma.
    public var offsetPixels: Double
    public var offsetArcsec: Double?
    public var significance: Double

    /// A panel of the two images and centroids.
    public init(outOfTransitImage: [Double], differenceImage: [Double], width: Int, differenceCentroid: [Double],
                outOfTransitCentroid: [Double], offsetPixels: Double, offsetArcsec: Double?, significance: Double) {
        self.outOfTransitImage = outOfTransitImage
        self.differenceImage = differenceImage
        self.width = width
        self.differenceCentroid = differenceCentroid
        self.outOfTransitCentroid = outOfTransitCentroid
        self.offsetPixels = offsetPixels
        self.offsetArcsec = offsetArcsec
        self.significance = significance
    }
}
