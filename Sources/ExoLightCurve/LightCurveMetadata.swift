/// The space mission a light curve comes from.
public enum Mission: String, Sendable, Codable, CaseIterable {
    case kepler = "Kepler"
    case k2 = "K2"
    case tess = "TESS"
    /// Text files and simulations without a mission.
    case unknown = "unknown"

    /// Offset of the mission's time system from BJD, days: BKJD = BJD − 2454833, BTJD = BJD − 2457000.
    public var defaultTimeReference: Double {
        switch self {
        case .kepler, .k2: 2_454_833.0
        case .tess: 2_457_000.0
        case .unknown: 0
        }
    }
}

/// Which flux column a reader returns.
public enum FluxColumn: String, Sendable, Codable, CaseIterable {
    /// Pre-search data conditioning flux (systematics removed): the default.
    case pdcsap
    /// Simple aperture photometry flux.
    case sap
}

/// Where a light curve comes from and how to interpret its times.
public struct LightCurveMetadata: Sendable, Equatable, Codable {
    /// The mission.
    public var mission: Mission
    /// Target identifier as the mission names it, e.g. "KIC 11442793", "TIC 25155310", "EPIC 201367065".
    public var targetID: String
    /// Quarter (Kepler), campaign (K2) or sector (TESS), if known.
    public var segment: Int?
    /// BJD of time zero: the file's BJDREFI + BJDREFF.
    public var timeReference: Double
    /// Nominal time between cadences, days (NaN if unknown).
    public var cadenceDays: Double
    /// A short description of the product, e.g. "SPOC 2-min light curve".
    public var product: String
    /// The file(s) the data were read from.
    public var sources: [String]
    /// True once the flux has been divided by its median.
    public var isNormalized: Bool
    /// Mean density of the star, solar units, from the header's catalogue `LOGG` and `RADIUS` (Kepler, K2
    /// and TESS SPOC files carry them; ``FITSMetadataParser``), or set by a simulation; nil when unknown.
    public var stellarDensity: Double?
    /// Files of this star left out when it was stitched, because another file covers the same
    /// stretch of time (see ``ProductSelection``).
    public var setAside: [SetAsideFile] = []

    public init(
        mission: Mission = .unknown, targetID: String = "", segment: Int? = nil,
        timeReference: Double? = nil, cadenceDays: Double = .nan, product: String = "",
        sources: [String] = [], isNormalized: Bool = false, stellarDensity: Double? = nil
    ) {
        self.mission = mission
        self.targetID = targetID
        self.segment = segment
        self.timeReference = timeReference ?? mission.defaultTimeReference
        self.cadenceDays = cadenceDays
        self.product = product
        self.sources = sources
        self.isNormalized = isNormalized
        self.stellarDensity = stellarDensity
    }

    enum CodingKeys: String, CodingKey {
        case mission, targetID, segment, timeReference, cadenceDays, product, sources, isNormalized, stellarDensity, setAside
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mission = try c.decode(Mission.self, forKey: .mission)
        targetID = try c.decode(String.self, forKey: .targetID)
        segment = try c.decodeIfPresent(Int.self, forKey: .segment)
        timeReference = try c.decode(Double.self, forKey: .timeReference)
        cadenceDays = try c.decode(Double.self, forKey: .cadenceDays)
        product = try c.decode(String.self, forKey: .product)
        sources = try c.decode([String].self, forKey: .sources)
        isNormalized = try c.decode(Bool.self, forKey: .isNormalized)
        stellarDensity = try c.decodeIfPresent(Double.self, forKey: .stellarDensity)
        setAside = try c.decodeIfPresent([SetAsideFile].self, forKey: .setAside) ?? []
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.mission == b.mission && a.targetID == b.targetID && a.segment == b.segment
            && a.timeReference == b.timeReference && a.product == b.product && a.sources == b.sources
            && a.isNormalized == b.isNormalized && a.setAside == b.setAside && a.stellarDensity == b.stellarDensity
            && (a.cadenceDays == b.cadenceDays || (a.cadenceDays.isNaN && b.cadenceDays.isNaN))
    }
}
