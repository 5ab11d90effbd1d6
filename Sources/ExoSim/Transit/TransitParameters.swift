/// The physical description of a transiting planet (or any dark companion).
public struct TransitParameters: Sendable, Codable, Equatable {
    /// The orbit (period, mid-transit epoch, a/R⋆, inclination, eccentricity, ω).
    public var orbit: KeplerOrbit
    /// Companion radius over stellar radius (Rp/R⋆).
    public var radiusRatio: Double
    /// The star's quadratic limb darkening.
    public var limbDarkening: QuadraticOccultation

    /// A transiting companion of radius ratio `radiusRatio` on `orbit`.
    public init(orbit: KeplerOrbit, radiusRatio: Double, limbDarkening: QuadraticOccultation = .init(u1: 0.4, u2: 0.25)) {
        self.orbit = orbit
        self.radiusRatio = radiusRatio
        self.limbDarkening = limbDarkening
    }

    /// Duration from first to fourth contact, days.
    public var duration: Double { orbit.totalDuration(radiusRatio: radiusRatio) }

    /// Fractional depth at mid-transit (1 − flux at conjunction).
    public var depth: Double {
        1 - limbDarkening.flux(separation: orbit.impactParameter, radiusRatio: radiusRatio)
    }
}
