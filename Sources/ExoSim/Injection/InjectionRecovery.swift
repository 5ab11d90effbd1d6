import ExoBasics
import ExoLightCurve
import ExoRandom
import Foundation

/// Measures how completely a transit search finds signals: injects planets over a grid of period
/// and signal-to-noise into real light curves, runs the search on each, and counts the recoveries
/// (period within 1%, epoch within half a transit duration), as the Kepler team measured its
/// pipeline's completeness (Christiansen et al. 2013).
///
/// The signal-to-noise of an injection is the matched-filter value on the real cadences,
/// `SNR = √(Σ_in (1 − model_i)²) / σ`, with `σ` the robust point-to-point scatter of the normalised
/// light curve (`1.4826 · median|f_{i+1} − f_i| / √2`); the depth is scaled until the injection
/// has the SNR drawn for it. The search is given as a closure, so any search can be measured.
public struct InjectionRecovery: Sendable {
    /// The grid and rules.
    public var configuration: RecoveryConfiguration

    /// An injection-recovery run with `configuration`.
    public init(configuration: RecoveryConfiguration) {
        self.configuration = configuration
    }

    /// Robust white-noise level of a normalised light curve, fractional.
    public static func pointToPointScatter(_ lightCurve: LightCurve) -> Double {
        let flux = lightCurve.flux
        guard flux.count > 2 else { return .nan }
        var diffs: [Double] = []
        diffs.reserveCapacity(flux.count - 1)
        for i in 1..<flux.count where flux[i].isFinite && flux[i - 1].isFinite { diffs.append(abs(flux[i] - flux[i - 1])) }
        return RobustStatistics.gaussianSigmaPerMAD * RobustStatistics.median(diffs) / 2.0.squareRoot()
    }

    /// Runs every trial on every light curve (normalised first) and returns the trials.
    ///
    /// - Parameters:
    ///   - lightCurves: the real light curves to inject into (already cleaned of known signals).
    ///   - search: returns the signals found in a light curve, strongest first.
    ///   - progress: called after each trial with (done, total).
    /// - Throws: ``SimulationError/tooFewCadences(source:count:)`` and whatever `search` throws.
    public func run(on lightCurves: [LightCurve], search: (LightCurve) throws -> [CandidateEphemeris],
                    progress: ((Int, Int) -> Void)? = nil) throws -> [RecoveryTrial] {
        let config = configuration
        let periodBins = config.periodEdges.count - 1, snrBins = config.snrEdges.count - 1
        guard periodBins > 0, snrBins > 0 else { return [] }
        let total = lightCurves.count * periodBins * snrBins * config.trialsPerBin
        var trials: [RecoveryTrial] = []
        var generator = SeededGenerator(seed: config.seed)
        for (index, raw) in lightCurves.enumerated() {
            let lightCurve = raw.removingNaNs().normalized()
            guard lightCurve.count >= 100 else {
                throw SimulationError.tooFewCadences(source: raw.metadata.sources.first ?? raw.metadata.targetID, count: lightCurve.count)
            }
            let sigma = Self.pointToPointScatter(lightCurve)
            let start = lightCurve.time.first ?? 0
            for periodBin in 0..<periodBins {
                for snrBin in 0..<snrBins {
                    for _ in 0..<config.trialsPerBin {
                        let period = generator.logUniform(config.periodEdges[periodBin]...config.periodEdges[periodBin + 1])
                        let snr = generator.uniform(config.snrEdges[snrBin]...config.snrEdges[snrBin + 1])
                        let epoch = start + period * generator.nextUniform()
                        let b = generator.uniform(0...config.maximumImpactParameter)
                        let planet = try calibratedPlanet(period: period, epoch: epoch, impactParameter: b, snr: snr,
                                                          sigma: sigma, lightCurve: lightCurve)
                        let injected = SignalInjector.inject(planet, into: lightCurve)
                        let truth = SignalEphemeris(period: period, epoch: epoch, duration: planet.duration, depth: planet.depth)
                        let found = try search(injected)
                        let recovered = found.prefix(config.signalsChecked).contains {
                            $0.matches(truth, periodTolerance: config.periodTolerance, epochTolerance: truth.duration / 2)
                        }
                        trials.append(RecoveryTrial(lightCurveIndex: index, periodBin: periodBin, snrBin: snrBin,
                                                    injected: truth, snr: snr, found: found.first, recovered: recovered))
                        progress?(trials.count, total)
                    }
                }
            }
        }
        return trials
    }

    /// A planet whose matched-filter SNR on `lightCurve`'s cadences is `snr` given noise `sigma`.
    func calibratedPlanet(period: Double, epoch: Double, impactParameter: Double, snr: Double, sigma: Double,
                          lightCurve: LightCurve) throws -> TransitParameters {
        let exposure = SignalInjector.exposure(forCadence: SignalInjector.cadence(of: lightCurve))
        var depth = 1e-3
        var planet = try SignalInjector.planet(period: period, epoch: epoch, depth: depth, impactParameter: impactParameter,
                                               stellarDensity: configuration.stellarDensity)
        for _ in 0..<4 {
            let model = TransitModel(planet, exposure: exposure).flux(at: lightCurve.time)
            var sum = 0.0
            for value in model where value < 1 { sum += (1 - value) * (1 - value) }
            let achieved = sum.squareRoot() / sigma
            guard achieved > 0 else { break }
            depth = min(depth * snr / achieved, 0.5)
            planet = try SignalInjector.planet(period: period, epoch: epoch, depth: depth, impactParameter: impactParameter,
                                               stellarDensity: configuration.stellarDensity)
        }
        return planet
    }
}
