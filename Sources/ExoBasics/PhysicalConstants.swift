/// Physical constants and unit conversions, SI unless the name says otherwise. Listed once here
/// (as wotan's `constants.py` and TLS's `tls_constants.py`); every module reads them from here.
public enum PhysicalConstants {
    /// Newtonian constant of gravitation, m³ kg⁻¹ s⁻² (CODATA 2018).
    public static let gravitationalConstant = 6.674_30e-11
    /// Nominal solar mass parameter G·M☉, m³ s⁻² (IAU 2015 Resolution B3).
    public static let solarMassParameter = 1.327_124_4e20
    /// Solar mass, kg: G·M☉ / G.
    public static let solarMass = solarMassParameter / gravitationalConstant
    /// Nominal solar radius, m (IAU 2015 Resolution B3).
    public static let solarRadius = 6.957e8
    /// Mean solar density, kg m⁻³: 3 M☉ / (4π R☉³) ≈ 1,408.
    public static let solarDensity = 3 * solarMass / (4 * Double.pi * solarRadius * solarRadius * solarRadius)
    /// Nominal solar surface gravity G·M☉ / R☉², m s⁻² (≈ 274.2; log g☉ ≈ 4.438 in cgs).
    public static let solarSurfaceGravity = solarMassParameter / (solarRadius * solarRadius)
    /// Seconds in a day.
    public static let secondsPerDay = 86_400.0
    /// Days in a Julian year.
    public static let daysPerJulianYear = 365.25
    /// Kepler and K2 pixel scale, arcsec per pixel.
    public static let keplerPixelScale = 3.98
    /// TESS pixel scale, arcsec per pixel.
    public static let tessPixelScale = 21.0

    /// The older values of TLS's `tls_constants.py`, which its `period_grid` uses. The Ofir period grid
    /// keeps them so that it is TLS's grid point for point; with the values above every grid point
    /// moves by ~1e-4 relative, which is harmless in itself but moved Kepler-90 b (SDE 9.6 in three
    /// quarters, just above the companion threshold) out of the first five signals.
    public enum TLSGrid {
        /// G, m³ kg⁻¹ s⁻².
        public static let gravitationalConstant = 6.673e-11
        /// Solar radius, m.
        public static let solarRadius = 695_508_000.0
        /// Solar mass, kg.
        public static let solarMass = 1.989e30
    }
}
