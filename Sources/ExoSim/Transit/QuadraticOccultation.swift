import Foundation

/// The flux of a star with quadratic limb darkening partly hidden by an opaque disc, exactly
/// (Mandel & Agol 2002, ApJ 580, L171, with the corrections of Eastman et al. 2013).
///
/// The intensity profile is `I(μ) ∝ 1 − u1 (1 − μ) − u2 (1 − μ)²`. Every geometry is covered: no
/// overlap, ingress and egress (the disc on the limb, including grazing), full overlap, a disc
/// larger than the star, and the special cases `z = p`, `z = 1 − p`, `z = 0`, `p = 1/2`.
///
/// ```swift
/// let ld = QuadraticOccultation(u1: 0.4, u2: 0.25)
/// let f = ld.flux(separation: 0.3, radiusRatio: 0.1)   // ≈ 0.988
/// ```
public struct QuadraticOccultation: Sendable, Codable, Equatable {
    /// Linear limb-darkening coefficient.
    public var u1: Double
    /// Quadratic limb-darkening coefficient.
    public var u2: Double

    /// A quadratic limb-darkening law `1 − u1 (1 − μ) − u2 (1 − μ)²`.
    public init(u1: Double, u2: Double) {
        self.u1 = u1
        self.u2 = u2
    }

    /// Values closer than this to a special case are moved onto it (as batman does).
    static let tolerance = 1e-14

    /// The visible fraction of the star's flux (1 with no overlap, 0 when fully hidden).
    ///
    /// - Parameters:
    ///   - separation: distance between the centres of the star and the disc, in stellar radii (`z`).
    ///   - radiusRatio: radius of the disc over the radius of the star (`p`, any positive value).
    public func flux(separation: Double, radiusRatio: Double) -> Double {
        let p = abs(radiusRatio)
        var z = abs(separation)
        guard p > 0, z < 1 + p else { return 1 }
        let tol = Self.tolerance
        if abs(p - z) < tol { z = p }
        if abs(p - 1 - z) < tol { z = p - 1 }
        if abs(1 - p - z) < tol { z = 1 - p }
        if z < tol { z = 0 }
        if p >= 1, z <= p - 1 { return 0 }

        let a = (z - p) * (z - p)
        let b = (z + p) * (z + p)
        let q = p * p - z * z
        let omega = 1 - u1 / 3 - u2 / 6

        // The uniform-source occulted fraction λe and, on the limb, the angles κ0 and κ1.
        var lambdaE = p * p
        var kappa0 = 0.0, kappa1 = 0.0
        let onLimb = z > abs(1 - p)
        if onLimb {
            kappa1 = acos(min(max((1 - p * p + z * z) / (2 * z), -1), 1))
            kappa0 = acos(min(max((p * p + z * z - 1) / (2 * p * z), -1), 1))
            let chord = max(4 * z * z - (1 + z * z - p * p) * (1 + z * z - p * p), 0).squareRoot()
            lambdaE = (p * p * kappa0 + kappa1 - 0.5 * chord) / .pi
        }
        let etaInside = 0.5 * p * p * (p * p + 2 * z * z)
        var etaLimb: Double {
            (kappa1 + p * p * (p * p + 2 * z * z) * kappa0
                - 0.25 * (1 + 5 * p * p + z * z) * max((1 - a) * (b - 1), 0).squareRoot()) / (2 * .pi)
        }

        let lambdaD: Double
        let eta: Double
        if z == p {
            if p < 0.5 {
                let k = 2 * p
                let kk = EllipticIntegral.firstKind(modulus: k), ek = EllipticIntegral.secondKind(modulus: k)
                lambdaD = 1.0 / 3 + 2 / (9 * Double.pi) * (4 * (2 * p * p - 1) * ek + (1 - 4 * p * p) * kk)
                eta = etaInside
            } else if p > 0.5 {
                let k = 0.5 / p
                let kk = EllipticIntegral.firstKind(modulus: k), ek = EllipticIntegral.secondKind(modulus: k)
                lambdaD = 1.0 / 3 + 16 * p / (9 * .pi) * (2 * p * p - 1) * ek
                    - (32 * p * p * p * p - 20 * p * p + 3) / (9 * .pi * p) * kk
                eta = etaLimb
            } else {
                lambdaD = 1.0 / 3 - 4 / (9 * Double.pi)
                eta = 3.0 / 32
            }
        } else if onLimb {
            // The disc crosses the limb: λ1 and η1.
            let k = ((1 - a) / (4 * z * p)).squareRoot()
            let kk = EllipticIntegral.firstKind(modulus: k), ek = EllipticIntegral.secondKind(modulus: k)
            let pk = EllipticIntegral.thirdKind(characteristic: 1 / a - 1, modulus: k)
            var value = (((1 - b) * (2 * b + a - 3) - 3 * q * (b - 2)) * kk
                + 4 * p * z * (z * z + 7 * p * p - 4) * ek - 3 * q / a * pk) / (9 * .pi * (p * z).squareRoot())
            if z < p { value += 2.0 / 3 }
            lambdaD = value
            eta = etaLimb
        } else {
            // The disc lies inside the stellar disc: λ2 and η2 (λ6 when it touches the limb).
            let value: Double
            if abs(p + z - 1) <= tol {
                // λ6 is complete: it already holds the 2/3 step for p > 1/2 (batman adds it twice).
                value = 2 / (3 * .pi) * acos(1 - 2 * p)
                    - 4 / (9 * .pi) * (p * (1 - p)).squareRoot() * (3 + 2 * p - 8 * p * p)
            } else if z == 0 {
                value = -2.0 / 3 * pow(1 - p * p, 1.5) + 2.0 / 3
            } else {
                let k = ((b - a) / (1 - a)).squareRoot()
                let kk = EllipticIntegral.firstKind(modulus: k), ek = EllipticIntegral.secondKind(modulus: k)
                let pk = EllipticIntegral.thirdKind(characteristic: b / a - 1, modulus: k)
                let lambda2 = 2 / (9 * .pi * (1 - a).squareRoot())
                    * ((1 - 5 * z * z + p * p + q * q) * kk + (1 - a) * (z * z + 7 * p * p - 4) * ek - 3 * q / a * pk)
                value = z < p ? lambda2 + 2.0 / 3 : lambda2
            }
            lambdaD = value
            eta = etaInside
            lambdaE = p * p
        }
        return 1 - ((1 - u1 - 2 * u2) * lambdaE + (u1 + 2 * u2) * lambdaD + u2 * eta) / omega
    }
}
