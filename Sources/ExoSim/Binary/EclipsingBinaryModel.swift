import Foundation

/// Light curves of an eclipsing binary: both eclipses (Mandel & Agol occultations of each
/// limb-darkened star), ellipsoidal variation, reflection, and dilution by third light.
///
/// The relative flux is `(F1 + F2 + L3) / (L1 + L2 + L3)` normalised so that the mean out-of-eclipse
/// level is 1 before the phase curves are added, with
/// - `F1 = L1 · occultation(z, k)` while the secondary is in front, `F2 = L2 · occultation(z/k, 1/k)`
///   while it is behind; `L2/L1 = k² S` with `S` the passband surface-brightness ratio;
/// - ellipsoidal variation of each star, `−A cos 2φ` with `A = α_ell q (R/a)³ sin² i`,
///   `α_ell = 0.15 (15 + u)(1 + β)/(3 − u)` (Morris 1985), `φ` the orbital phase from conjunction;
/// - reflection of each star's light by the other, `A_g (R/(a r))² (1 + cos θ)/2` of the source's
///   flux, `θ` the phase angle (a Lambert-like phase function), `r` the separation over `a`.
public struct EclipsingBinaryModel: Sendable {
    /// The binary.
    public var parameters: EclipsingBinaryParameters
    /// How each cadence is averaged.
    public var exposure: ExposureIntegration

    /// A model of `parameters` integrated with `exposure`.
    public init(_ parameters: EclipsingBinaryParameters, exposure: ExposureIntegration = .none) {
        self.parameters = parameters
        self.exposure = exposure
    }

    /// Relative flux at each of `times` (days).
    public func flux(at times: [Double]) -> [Double] {
        let p = parameters
        let orbit = p.orbit
        let k = p.radiusRatio
        let l1 = 1.0
        let l2 = p.luminosityRatio
        let f3 = min(max(p.thirdLightFraction, 0), 0.999_999)
        let l3 = f3 / (1 - f3) * (l1 + l2)
        let total = l1 + l2 + l3
        let sinI = sin(orbit.inclinationDegrees * .pi / 180)
        let aInv = 1 / orbit.semiMajorAxis
        let ellipsoidal1 = Self.ellipsoidalAmplitude(u: p.primaryLimbDarkening.u1, beta: p.gravityDarkening,
                                                     massRatio: p.massRatio, radiusOverA: aInv, sinI: sinI)
        // A mass ratio of 0 (a test particle) switches the tides off for both stars.
        let ellipsoidal2 = p.massRatio > 0
            ? Self.ellipsoidalAmplitude(u: p.secondaryLimbDarkening.u1, beta: p.gravityDarkening,
                                        massRatio: 1 / p.massRatio, radiusOverA: k * aInv, sinI: sinI)
            : 0
        let reflection2 = p.albedo * (k * aInv) * (k * aInv) * l1  // light of star 1 reflected by star 2
        let reflection1 = p.albedo * aInv * aInv * l2                // light of star 2 reflected by star 1
        return exposure.integrate(times: times) { t in
            let position = orbit.position(at: t)
            var f1 = l1, f2 = l2
            if position.companionInFront {
                if position.separation < 1 + k {
                    f1 = l1 * p.primaryLimbDarkening.flux(separation: position.separation, radiusRatio: k)
                }
            } else if position.separation < 1 + k {
                f2 = l2 * p.secondaryLimbDarkening.flux(separation: position.separation / k, radiusRatio: 1 / k)
            }
            let geometry = orbit.phaseGeometry(at: t)
            // cos 2φ with φ measured from conjunction: the projected elongation is largest at quadrature.
            let cos2phi = 2 * geometry.cosViewAngle * geometry.cosViewAngle - 1
            let distanceFactor = 1 / (geometry.distance * geometry.distance * geometry.distance)
            let ellipsoidal = -(ellipsoidal1 * l1 + ellipsoidal2 * l2) * cos2phi * distanceFactor
            let inverseSquare = 1 / (geometry.distance * geometry.distance)
            // Star 2 shows its lit face at superior conjunction (cos θ = 1), star 1 at inferior.
            let reflected = (reflection2 * 0.5 * (1 + geometry.cosViewAngle)
                + reflection1 * 0.5 * (1 - geometry.cosViewAngle)) * inverseSquare
            return (f1 + f2 + l3 + ellipsoidal + reflected) / total
        }
    }

    /// Semi-amplitude of the ellipsoidal variation as a fraction of the star's flux (Morris 1985).
    static func ellipsoidalAmplitude(u: Double, beta: Double, massRatio: Double, radiusOverA: Double, sinI: Double) -> Double {
        0.15 * (15 + u) * (1 + beta) / (3 - u) * massRatio * pow(radiusOverA, 3) * sinI * sinI
    }
}
