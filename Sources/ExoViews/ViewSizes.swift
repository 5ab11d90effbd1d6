/// The lengths of the three views a classifier reads.
public struct ViewSizes: Codable, Equatable, Sendable {
    /// Global view bins.
    public var global: Int
    /// Local view bins.
    public var local: Int
    /// Secondary-eclipse view bins.
    public var secondary: Int

    /// Sizes from their values.
    public init(global: Int, local: Int, secondary: Int) {
        self.global = global
        self.local = local
        self.secondary = secondary
    }

    /// The TESS vetting set (Yu et al. 2019): 201, 61, 61.
    public static let tess = ViewSizes(global: 201, local: 61, secondary: 61)
    /// AstroNet's Kepler convention (Shallue & Vanderburg 2018): 2001, 201, 201.
    public static let kepler = ViewSizes(global: 2001, local: 201, secondary: 201)
}
