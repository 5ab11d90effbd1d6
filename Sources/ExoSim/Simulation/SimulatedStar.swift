import ExoLightCurve

/// A simulated light curve with the truth behind it.
public struct SimulatedStar: Sendable {
    /// The observed light curve: flux in electrons per second, errors, quality flags, cadence numbers.
    public var lightCurve: LightCurve
    /// The noiseless relative flux of the signal alone (transit or binary; 1 for variable and quiet stars).
    public var signal: [Double]
    /// What was simulated.
    public var truth: SimulationTruth
}
