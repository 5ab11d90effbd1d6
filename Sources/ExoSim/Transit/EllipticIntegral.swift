import Foundation

/// Complete elliptic integrals by Bulirsch's general algorithm `cel` (Bulirsch 1969, Numer. Math. 13, 305).
///
/// `cel(kc, p, a, b) = ∫₀^{π/2} (a cos²θ + b sin²θ) / ((cos²θ + p sin²θ) √(cos²θ + kc² sin²θ)) dθ`,
/// with `kc = √(1 − k²)`. One routine gives the three kinds (Legendre's K, E and Π), converging
/// quadratically to full double precision (relative error below 1e-15) for `0 < kc ≤ 1`, `p > 0`.
enum EllipticIntegral {
    /// `cel(kc, p, a, b)` for `p > 0`; `kc` is clamped to at least 1e-300 (the integrals diverge at `kc = 0`).
    static func cel(kc: Double, p: Double, a: Double, b: Double) -> Double {
        var qc = max(abs(kc), 1e-300)
        var a = a
        var p = p.squareRoot()
        var b = b / p
        var e = qc
        var em = 1.0
        for _ in 0..<64 {
            let f = a
            a += b / p
            var g = e / p
            b += f * g
            b += b
            p += g
            g = em
            em += qc
            if abs(g - qc) <= g * 1e-9 { break }
            qc = 2 * e.squareRoot()
            e = qc * em
        }
        return 0.5 * .pi * (b + a * em) / (em * (em + p))
    }

    /// Complete elliptic integral of the first kind K(k), for modulus `0 ≤ k < 1`.
    static func firstKind(modulus k: Double) -> Double {
        cel(kc: complementary(k), p: 1, a: 1, b: 1)
    }

    /// Complete elliptic integral of the second kind E(k), for modulus `0 ≤ k ≤ 1`.
    static func secondKind(modulus k: Double) -> Double {
        let kc = complementary(k)
        return cel(kc: kc, p: 1, a: 1, b: kc * kc)
    }

    /// Complete elliptic integral of the third kind `∫ dθ / ((1 + n sin²θ) √(1 − k² sin²θ))`, for `n > −1`.
    ///
    /// This is the sign convention of Mandel & Agol's Π(−n, k).
    static func thirdKind(characteristic n: Double, modulus k: Double) -> Double {
        cel(kc: complementary(k), p: 1 + n, a: 1, b: 1)
    }

    private static func complementary(_ k: Double) -> Double {
        ((1 - k) * (1 + k)).squareRoot()
    }
}
