/// A light curve as read from one file, with what the reader kept and dropped.
public struct LightCurveReading: Sendable {
    /// The kind of file the light curve came from.
    public enum Product: String, Sendable, Codable {
        /// A mission pipeline or high-level light-curve table (Kepler, K2, TESS SPOC, HLSPs, custom).
        case lightCurve = "light curve"
        /// A K2SFF high-level light curve (columns T, FCOR).
        case k2sff = "K2SFF light curve"
        /// Aperture photometry summed from a target pixel file.
        case targetPixelFile = "target pixel file"
        /// A plain CSV or whitespace-separated text table.
        case text = "text table"
    }

    /// The light curve: kept cadences only, in file order.
    public var lightCurve: LightCurve
    /// The kind of product.
    public var product: Product
    /// Rows in the file's table.
    public var rowCount: Int
    /// Rows dropped because their quality flags hit the mask.
    public var droppedByQuality: Int
    /// Rows (not already dropped by quality) dropped because time or flux was not finite.
    public var droppedNonFinite: Int
    /// Rows dropped as damaged times: a time with no other cadence within half a day or 20 time steps
    /// (every mission samples at 30 minutes or faster, so a lone time is a corrupted value).
    public var droppedImpossible: Int = 0
    /// The flux column used, e.g. "PDCSAP_FLUX", "FCOR", "FLUX (aperture sum of 12 pixels)".
    public var fluxColumn: String

    /// Rows kept.
    public var keptCount: Int { lightCurve.count }
}
