import ExoBasics
import ExoLightCurve
import Foundation

/// Puts simulated transits or eclipses into a real light curve.
///
/// The flux (in whatever units the light curve has) is multiplied by the model's relative flux, so
/// the injected depth is relative to the star's own level; errors, quality flags and times are kept.
/// The model is averaged over each cadence (supersampled every ~2 minutes for long cadences).
public enum SignalInjector {
    /// The exposure integration suited to a cadence of `cadenceDays` (none below 10 minutes).
    public static func exposure(forCadence cadenceDays: Double) -> ExposureIntegration {
        guard cadenceDays.isFinite, cadenceDays > 10.0 / 1440 else { return .none }
        let samples = Int((cadenceDays / (2.0 / 1440)).rounded(.up)) | 1
        return ExposureIntegration(exposureDays: cadenceDays, samples: samples)
    }

    /// `lightCurve` with the transits of `planet` multiplied in.
    public static func inject(_ planet: TransitParameters, into lightCurve: LightCurve) -> LightCurve {
        let model = TransitModel(planet, exposure: exposure(forCadence: cadence(of: lightCurve)))
        return multiplied(lightCurve, by: model.flux(at: lightCurve.time))
    }

    /// `lightCurve` with the eclipses and phase curve of `binary` multiplied in.
    public static func inject(_ binary: EclipsingBinaryParameters, into lightCurve: LightCurve) -> LightCurve {
        let model = EclipsingBinaryModel(binary, exposure: exposure(forCadence: cadence(of: lightCurve)))
        return multiplied(lightCurve, by: model.flux(at: lightCurve.time))
    }

    /// A planet on a circular orbit around a star of `stellarDensity` (solar units), with the
    /// mid-transit `depth` (fractional) or the `radiusRatio` given (depth wins when both are).
    ///
    /// - Throws: ``SimulationError/invalidParameter(name:value:expected:)`` for a non-positive period,
    ///   a depth outside (0, 1) or an impact parameter that misses the star.
    public static func planet(period: Double, epoch: Double, depth: Double? = nil, radiusRatio: Double? = nil,
                              impactParameter: Double = 0.3, stellarDensity: Double = 1,
                              limbDarkening: QuadraticOccultation = .init(u1: 0.4, u2: 0.25)) throws -> TransitParameters {
        guard period > 0, period.isFinite else {
            throw SimulationError.invalidParameter(name: "period", value: period, expected: "positive (days)")
        }
        guard epoch.isFinite else { throw SimulationError.invalidParameter(name: "epoch", value: epoch, expected: "finite (days)") }
        let orbit = KeplerOrbit(period: period, epoch: epoch,
                                semiMajorAxis: StarSimulator.scaledSemiMajorAxis(period: period, density: stellarDensity),
                                impactParameter: impactParameter)
        if let depth {
            guard depth > 0, depth < 1 else {
                throw SimulationError.invalidParameter(name: "depth", value: depth, expected: "between 0 and 1")
            }
            let k = StarSimulator.radiusRatio(forDepth: depth, orbit: orbit, limbDarkening: limbDarkening)
            guard impactParameter < 1 + k else {
                throw SimulationError.invalidParameter(name: "impact parameter", value: impactParameter, expected: "below 1 + Rp/R⋆")
            }
            return TransitParameters(orbit: orbit, radiusRatio: k, limbDarkening: limbDarkening)
        }
        guard let radiusRatio, radiusRatio > 0 else {
            throw SimulationError.invalidParameter(name: "radius ratio", value: radiusRatio ?? .nan,
                                                   expected: "positive (or give a depth)")
        }
        return TransitParameters(orbit: orbit, radiusRatio: radiusRatio, limbDarkening: limbDarkening)
    }

    /// The light curve's cadence: its metadata, else the median time step.
    static func cadence(of lightCurve: LightCurve) -> Double {
        if lightCurve.metadata.cadenceDays.isFinite { return lightCurve.metadata.cadenceDays }
        let steps = zip(lightCurve.time.dropFirst(), lightCurve.time).map { $0 - $1 }.filter { $0 > 0 }
        return RobustStatistics.median(steps)
    }

    private static func multiplied(_ lightCurve: LightCurve, by model: [Double]) -> LightCurve {
        var result = lightCurve
        for i in result.indices { result.flux[i] *= model[i] }
        return result
    }
}
