import Foundation

/// Blackbody surface brightness of a star seen through a mission's passband.
///
/// The photon rate per unit area of a blackbody, `∫ λ B_λ(T) dλ / hc`, over a top-hat band
/// (Kepler 420–900 nm, TESS 600–1000 nm), integrated by Simpson's rule on 41 points. Only ratios
/// are used, so the constant factors are dropped. A blackbody is a rough stand-in for a stellar
/// spectrum (errors of 10–20% in the ratio for cool M dwarfs), good enough for simulated eclipse depths.
public struct PassbandBrightness: Sendable, Codable, Equatable {
    /// Shortest wavelength of the band, nm.
    public var minimumNanometres: Double
    /// Longest wavelength of the band, nm.
    public var maximumNanometres: Double

    /// A top-hat band from `minimumNanometres` to `maximumNanometres`.
    public init(minimumNanometres: Double, maximumNanometres: Double) {
        self.minimumNanometres = minimumNanometres
        self.maximumNanometres = maximumNanometres
    }

    /// Kepler's broad visible band (and K2's).
    public static let kepler = PassbandBrightness(minimumNanometres: 420, maximumNanometres: 900)
    /// TESS's red band.
    public static let tess = PassbandBrightness(minimumNanometres: 600, maximumNanometres: 1000)

    /// Relative photon surface brightness of a blackbody at `temperature` kelvin (arbitrary units).
    public func surfaceBrightness(temperature: Double) -> Double {
        let hcOverK = 1.438_776_877e7  // h c / k in nm·K
        let n = 40
        let step = (maximumNanometres - minimumNanometres) / Double(n)
        var sum = 0.0
        for i in 0...n {
            let lambda = minimumNanometres + Double(i) * step
            // λ B_λ ∝ λ^-4 / (exp(hc/λkT) − 1)
            let value = 1 / (pow(lambda / 1000, 4) * expm1(hcOverK / (lambda * temperature)))
            let weight: Double = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2)
            sum += weight * value
        }
        return sum * step / 3
    }

    /// Surface-brightness ratio of a star at `temperature` to one at `reference` kelvin.
    public func brightnessRatio(temperature: Double, reference: Double) -> Double {
        surfaceBrightness(temperature: temperature) / surfaceBrightness(temperature: reference)
    }
}
