import Foundation

/// White noise per cadence from the star's magnitude: photon noise of the star and the sky
/// background, read noise, and a floor for everything else (a CCD noise equation).
///
/// `σ² = N⋆ + n_pix (B t + R² n_reads) + (floor · N⋆)²`, with `N⋆ = rate(m) t` the star's electrons
/// per cadence and `rate(m) = rate₀ 10^{−0.4 (m − m₀)}`. The relative noise is `σ / N⋆`.
/// The constants are round numbers from the instrument handbooks (documented in docs/simulation.md);
/// they give about 60 ppm per 29.4-min cadence at Kp = 12 for Kepler and about 870 ppm per
/// 2-min cadence at T = 10 for TESS, within a factor ~1.5 of the quiet stars the missions observed.
public struct PhotometricNoiseModel: Sendable, Codable, Equatable {
    /// Magnitude at which the star gives `referenceRate`.
    public var referenceMagnitude: Double
    /// Electrons per second collected from a star of `referenceMagnitude`.
    public var referenceRate: Double
    /// Effective integration per cadence, seconds.
    public var integrationSeconds: Double
    /// Pixels in the photometric aperture.
    public var pixels: Double
    /// Sky background, electrons per second per pixel.
    public var backgroundRate: Double
    /// Read noise, electrons per read per pixel.
    public var readNoise: Double
    /// Reads per cadence.
    public var readsPerCadence: Double
    /// Other noise per cadence, fractional.
    public var floor: Double

    /// Kepler long cadence (also K2): 2.0e5 e-/s at Kp = 12, 270 reads of 6.02 s, 20 pixels.
    public static let keplerLongCadence = PhotometricNoiseModel(
        referenceMagnitude: 12, referenceRate: 2.0e5, integrationSeconds: 1625.6, pixels: 20,
        backgroundRate: 100, readNoise: 100, readsPerCadence: 270, floor: 1e-5)
    /// TESS 2-minute cadence: 1.5e4 e-/s at T = 10 (Ricker et al. 2015), 2-s frames, 95 s effective.
    public static let tessTwoMinute = PhotometricNoiseModel(
        referenceMagnitude: 10, referenceRate: 1.5e4, integrationSeconds: 95, pixels: 10,
        backgroundRate: 50, readNoise: 10, readsPerCadence: 60, floor: 4e-5)

    /// Electrons per second from a star of `magnitude`.
    public func rate(magnitude: Double) -> Double {
        referenceRate * pow(10, -0.4 * (magnitude - referenceMagnitude))
    }

    /// One-sigma relative noise per cadence for a star of `magnitude`.
    public func relativeNoise(magnitude: Double) -> Double {
        let star = rate(magnitude: magnitude) * integrationSeconds
        let variance = star + pixels * (backgroundRate * integrationSeconds + readNoise * readNoise * readsPerCadence)
            + (floor * star) * (floor * star)
        return variance.squareRoot() / star
    }
}
