/// The physical description of an eclipsing binary, possibly diluted by a third star.
///
/// Lengths are in units of the primary's radius. The primary eclipse happens at `orbit.epoch`
/// (the secondary star in front); the secondary eclipse at `orbit.secondaryEclipseTime`.
public struct EclipsingBinaryParameters: Sendable, Codable, Equatable {
    /// The relative orbit of the secondary (a/R1, inclination, eccentricity, ω).
    public var orbit: KeplerOrbit
    /// Secondary radius over primary radius (R2/R1).
    public var radiusRatio: Double
    /// Effective temperature of the primary, K.
    public var primaryTemperature: Double
    /// Effective temperature of the secondary, K.
    public var secondaryTemperature: Double
    /// Limb darkening of the primary.
    public var primaryLimbDarkening: QuadraticOccultation
    /// Limb darkening of the secondary.
    public var secondaryLimbDarkening: QuadraticOccultation
    /// Mass ratio M2/M1 (sets the ellipsoidal variation).
    public var massRatio: Double
    /// Geometric albedo of each star for light from the other (reflection).
    public var albedo: Double
    /// Gravity-darkening exponent β (0.32 for convective, 1 for radiative envelopes).
    public var gravityDarkening: Double
    /// Fraction of the total out-of-eclipse flux from an unrelated or bound third star (0 = none).
    public var thirdLightFraction: Double
    /// The band the brightness ratio is computed in.
    public var passband: PassbandBrightness

    /// A binary from its stars and orbit.
    public init(orbit: KeplerOrbit, radiusRatio: Double, primaryTemperature: Double, secondaryTemperature: Double,
                primaryLimbDarkening: QuadraticOccultation = .init(u1: 0.4, u2: 0.25),
                secondaryLimbDarkening: QuadraticOccultation = .init(u1: 0.5, u2: 0.2),
                massRatio: Double = 1, albedo: Double = 0.5, gravityDarkening: Double = 0.32,
                thirdLightFraction: Double = 0, passband: PassbandBrightness = .kepler) {
        self.orbit = orbit
        self.radiusRatio = radiusRatio
        self.primaryTemperature = primaryTemperature
        self.secondaryTemperature = secondaryTemperature
        self.primaryLimbDarkening = primaryLimbDarkening
        self.secondaryLimbDarkening = secondaryLimbDarkening
        self.massRatio = massRatio
        self.albedo = albedo
        self.gravityDarkening = gravityDarkening
        self.thirdLightFraction = thirdLightFraction
        self.passband = passband
    }

    /// Band surface brightness of the secondary over that of the primary.
    public var surfaceBrightnessRatio: Double {
        passband.brightnessRatio(temperature: secondaryTemperature, reference: primaryTemperature)
    }

    /// Band luminosity of the secondary over that of the primary, `k² S` (limb darkening ignored).
    public var luminosityRatio: Double { radiusRatio * radiusRatio * surfaceBrightnessRatio }

    /// Duration of the primary eclipse from first to fourth contact, days.
    public var primaryDuration: Double { orbit.totalDuration(radiusRatio: radiusRatio) }
}
