/// Optional choices for a simulated star; every parameter left nil is drawn at random from the seed.
///
/// Times are days in the mission's system (BKJD/BTJD); fractional quantities are relative flux.
public struct SimulationParameters: Sendable, Codable, Equatable {
    /// Quarter, campaign or sector (Kepler 3, K2 5, TESS 1 by default).
    public var segment: Int?
    /// Magnitude in the mission band (Kp or T).
    public var magnitude: Double?
    /// Orbital period, days (planet or binary).
    public var period: Double?
    /// Mid-transit (primary eclipse) time, days.
    public var epoch: Double?
    /// Companion over primary radius (planet Rp/R⋆ or binary R2/R1).
    public var radiusRatio: Double?
    /// Wanted transit depth, fractional (planets; sets the radius ratio when that is nil).
    public var depth: Double?
    /// Impact parameter, primary radii.
    public var impactParameter: Double?
    /// Eccentricity.
    public var eccentricity: Double?
    /// Argument of periastron, degrees.
    public var periastronDegrees: Double?
    /// Mean stellar density of the primary, solar units (sets a/R⋆ with the period).
    public var stellarDensity: Double?
    /// Primary effective temperature, K (binaries).
    public var primaryTemperature: Double?
    /// Secondary effective temperature, K (binaries).
    public var secondaryTemperature: Double?
    /// Fraction of the flux from a third star diluting a binary (0 to < 1).
    public var thirdLightFraction: Double?
    /// Rotation period, days (variable stars).
    public var rotationPeriod: Double?
    /// Spot semi-amplitude, fractional (variable stars).
    public var spotAmplitude: Double?
    /// False to leave out the white noise, granulation and instrumental offsets (noiseless truth).
    public var addNoise: Bool

    /// All parameters drawn at random, with noise.
    public init(segment: Int? = nil, magnitude: Double? = nil, period: Double? = nil, epoch: Double? = nil,
                radiusRatio: Double? = nil, depth: Double? = nil, impactParameter: Double? = nil,
                eccentricity: Double? = nil, periastronDegrees: Double? = nil, stellarDensity: Double? = nil,
                primaryTemperature: Double? = nil, secondaryTemperature: Double? = nil,
                thirdLightFraction: Double? = nil, rotationPeriod: Double? = nil, spotAmplitude: Double? = nil,
                addNoise: Bool = true) {
        self.segment = segment
        self.magnitude = magnitude
        self.period = period
        self.epoch = epoch
        self.radiusRatio = radiusRatio
        self.depth = depth
        self.impactParameter = impactParameter
        self.eccentricity = eccentricity
        self.periastronDegrees = periastronDegrees
        self.stellarDensity = stellarDensity
        self.primaryTemperature = primaryTemperature
        self.secondaryTemperature = secondaryTemperature
        self.thirdLightFraction = thirdLightFraction
        self.rotationPeriod = rotationPeriod
        self.spotAmplitude = spotAmplitude
        self.addNoise = addNoise
    }

    /// Checks the ranges; throws ``SimulationError/invalidParameter(name:value:expected:)``.
    public func validate() throws {
        func check(_ name: String, _ value: Double?, _ expected: String, _ isValid: (Double) -> Bool) throws {
            if let value, !(value.isFinite && isValid(value)) {
                throw SimulationError.invalidParameter(name: name, value: value, expected: expected)
            }
        }
        try check("period", period, "positive (days)") { $0 > 0 }
        try check("radius ratio", radiusRatio, "positive") { $0 > 0 }
        try check("depth", depth, "between 0 and 1") { $0 > 0 && $0 < 1 }
        try check("impact parameter", impactParameter, "non-negative") { $0 >= 0 }
        try check("eccentricity", eccentricity, "in [0, 0.95]") { $0 >= 0 && $0 <= 0.95 }
        try check("stellar density", stellarDensity, "positive (solar units)") { $0 > 0 }
        try check("primary temperature", primaryTemperature, "between 2000 and 50000 K") { $0 >= 2000 && $0 <= 50000 }
        try check("secondary temperature", secondaryTemperature, "between 2000 and 50000 K") { $0 >= 2000 && $0 <= 50000 }
        try check("third-light fraction", thirdLightFraction, "in [0, 1)") { $0 >= 0 && $0 < 1 }
        try check("rotation period", rotationPeriod, "positive (days)") { $0 > 0 }
        try check("spot amplitude", spotAmplitude, "in [0, 0.5]") { $0 >= 0 && $0 <= 0.5 }
        try check("magnitude", magnitude, "between -2 and 25") { $0 >= -2 && $0 <= 25 }
    }
}
