import ExoLightCurve

/// A labelled simulated light curve with the ephemeris its views are folded on.
public struct SyntheticExample: Sendable {
    /// The light curve, normalised to a median of 1 (cadences flagged by spacecraft events removed).
    public var lightCurve: LightCurve
    /// "PC", "EB" or "J" (the labels of the TESS vetting set).
    public var label: String
    /// Period, epoch, duration and depth to fold on: the true ones for PC and EB, a spurious one for J.
    public var ephemeris: SignalEphemeris
    /// The simulated star as observed (all cadences, flux in e-/s) with its truth.
    public var star: SimulatedStar

    /// Everything that was simulated.
    public var truth: SimulationTruth { star.truth }
}
