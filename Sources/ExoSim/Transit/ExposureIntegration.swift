/// How each cadence's model flux is averaged over its exposure.
///
/// The model is evaluated at `samples` times spread evenly from the start to the end of the
/// exposure, both ends included, and averaged: batman's `supersample_factor` scheme, so the two
/// agree point for point. Kepler long cadence (29.4 min) needs it: ingress and egress last ~10-30 min.
public struct ExposureIntegration: Sendable, Codable, Equatable {
    /// Exposure length, days (0 for instantaneous fluxes).
    public var exposureDays: Double
    /// Number of model evaluations per cadence (1 for none).
    public var samples: Int

    /// Averaging over `exposureDays` with `samples` evaluations (`samples ≤ 1` means instantaneous).
    public init(exposureDays: Double, samples: Int) {
        self.exposureDays = exposureDays
        self.samples = max(samples, 1)
    }

    /// Instantaneous fluxes.
    public static let none = ExposureIntegration(exposureDays: 0, samples: 1)
    /// Kepler long cadence: 29.4244 min, 15 samples (about 2 minutes apart).
    public static let keplerLongCadence = ExposureIntegration(exposureDays: 0.020_433_6, samples: 15)
    /// TESS 2-minute cadence: no supersampling needed.
    public static let tessTwoMinute = ExposureIntegration.none

    /// Offsets of the samples from mid-exposure, days.
    public var offsets: [Double] {
        guard samples > 1 else { return [0] }
        return (0..<samples).map { -exposureDays / 2 + exposureDays * Double($0) / Double(samples - 1) }
    }

    /// The average of `model` over the exposure centred on each of `times`.
    public func integrate(times: [Double], _ model: (Double) -> Double) -> [Double] {
        let offsets = self.offsets
        let weight = 1 / Double(offsets.count)
        var result = [Double](repeating: 0, count: times.count)
        for (i, t) in times.enumerated() {
            var sum = 0.0
            for offset in offsets { sum += model(t + offset) }
            result[i] = sum * weight
        }
        return result
    }
}
