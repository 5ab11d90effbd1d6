/// Light curves of a transiting planet: Mandel & Agol occultation on a Keplerian orbit, averaged
/// over the exposure. Out of transit the flux is exactly 1.
///
/// ```swift
/// let orbit = KeplerOrbit(period: 3, epoch: 0, semiMajorAxis: 8, impactParameter: 0.3)
/// let model = TransitModel(TransitParameters(orbit: orbit, radiusRatio: 0.1), exposure: .keplerLongCadence)
/// let flux = model.flux(at: times)
/// ```
public struct TransitModel: Sendable {
    /// What transits.
    public var parameters: TransitParameters
    /// How each cadence is averaged.
    public var exposure: ExposureIntegration

    /// A model of `parameters` integrated with `exposure`.
    public init(_ parameters: TransitParameters, exposure: ExposureIntegration = .none) {
        self.parameters = parameters
        self.exposure = exposure
    }

    /// Relative flux at each of `times` (days, same system as the orbit's epoch).
    public func flux(at times: [Double]) -> [Double] {
        let orbit = parameters.orbit
        let k = parameters.radiusRatio
        let ld = parameters.limbDarkening
        return exposure.integrate(times: times) { t in
            let position = orbit.position(at: t)
            guard position.companionInFront, position.separation < 1 + k else { return 1 }
            return ld.flux(separation: position.separation, radiusRatio: k)
        }
    }
}
