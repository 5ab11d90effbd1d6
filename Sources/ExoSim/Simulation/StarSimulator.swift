import ExoLightCurve
import ExoRandom
import Foundation

/// Makes realistic light curves of planet hosts, eclipsing binaries, variable and quiet stars as a
/// mission would observe them, with the truth behind them.
///
/// Every random choice comes from `seed` (separate streams for the parameters, the star's
/// variability and the noise), so the same seed gives the same light curve on every machine.
///
/// ```swift
/// let star = try StarSimulator(kind: .planet, mission: .tess, seed: 7,
///                              parameters: .init(period: 3.5, depth: 0.005)).simulate()
/// star.lightCurve          // ~19,000 2-min cadences in e-/s
/// star.truth.ephemeris     // period, epoch, duration, depth
/// ```
public struct StarSimulator: Sendable {
    /// What kind of star.
    public var kind: StarKind
    /// Which mission observes it.
    public var mission: Mission
    /// The seed of every random step.
    public var seed: UInt64
    /// Fixed choices; nil ones are drawn.
    public var parameters: SimulationParameters

    /// The instrument, when not the mission's standard one (e.g. several Kepler quarters, TESS full frames).
    public var instrumentModel: InstrumentModel?

    /// A simulator of one star, observed by `instrument` (the mission's standard one when nil).
    public init(kind: StarKind, mission: Mission, seed: UInt64, parameters: SimulationParameters = .init(),
                instrument: InstrumentModel? = nil) {
        self.kind = kind
        self.mission = mission
        self.seed = seed
        self.parameters = parameters
        self.instrumentModel = instrument
    }

    /// The instrument the star is observed with.
    public var instrument: InstrumentModel { instrumentModel ?? .standard(for: mission, segment: parameters.segment) }

    /// Simulates the star. Throws ``SimulationError`` for parameters out of range.
    public func simulate() throws -> SimulatedStar {
        try parameters.validate()
        let root = SeededGenerator(seed: seed)
        var draws = root.split(stream: 1)
        var variabilityStream = root.split(stream: 2)
        var noiseStream = root.split(stream: 3)

        let instrument = self.instrument
        let grid = instrument.cadences()
        let times = grid.times
        let magnitude = parameters.magnitude ?? instrument.defaultMagnitude + draws.uniform(-1.5...1.5)
        let sigma = parameters.addNoise ? instrument.noise.relativeNoise(magnitude: magnitude) : 0

        var truth = SimulationTruth(kind: kind, label: kind.label, mission: mission, segment: instrument.segment,
                                    seed: seed, magnitude: magnitude, noisePerCadence: sigma, ephemeris: nil,
                                    secondaryEclipse: nil, transit: nil, binary: nil, variability: StellarVariability())
        let signal: [Double]
        switch kind {
        case .planet:
            let planet = drawPlanet(instrument: instrument, generator: &draws)
            signal = TransitModel(planet, exposure: instrument.exposure).flux(at: times)
            truth.transit = planet
            truth.ephemeris = SignalEphemeris(period: planet.orbit.period, epoch: planet.orbit.epoch,
                                              duration: planet.duration, depth: planet.depth)
        case .eb:
            let binary = drawBinary(instrument: instrument, generator: &draws)
            let model = EclipsingBinaryModel(binary, exposure: instrument.exposure)
            signal = model.flux(at: times)
            truth.binary = binary
            let orbit = binary.orbit
            let reference = EclipsingBinaryModel(binary).flux(at: [orbit.epoch - 0.25 * orbit.period, orbit.epoch,
                                                                   orbit.secondaryEclipseTime])
            let outside = max(reference[0], 1e-12)
            truth.ephemeris = SignalEphemeris(period: orbit.period, epoch: orbit.epoch, duration: binary.primaryDuration,
                                              depth: 1 - reference[1] / outside)
            truth.secondaryEclipse = SignalEphemeris(period: orbit.period, epoch: orbit.secondaryEclipseTime,
                                                     duration: binary.primaryDuration, depth: 1 - reference[2] / outside)
        case .variable, .quiet, .instrumental:
            signal = [Double](repeating: 1, count: times.count)
        }
        truth.variability = drawVariability(instrument: instrument, generator: &draws)

        var variation = truth.variability.factor(at: times, generator: &variabilityStream)
        if kind == .instrumental {
            let systematics = InstrumentalSystematics.draw(for: instrument, generator: &draws)
            truth.systematics = systematics
            for (i, factor) in systematics.factor(at: times).enumerated() { variation[i] *= factor }
        }
        let rate = instrument.noise.rate(magnitude: magnitude)
        var offsets: [Double] = []
        let segmentCount = (grid.segments.max() ?? 0) + 1
        for _ in 0..<segmentCount {
            offsets.append(parameters.addNoise ? 1 + instrument.segmentOffsetSigma * noiseStream.nextGaussian() : 1)
        }
        var flux = [Double](repeating: 0, count: times.count)
        var errors = [Double](repeating: rate * sigma, count: times.count)
        for i in times.indices {
            var relative = signal[i] * variation[i] * offsets[grid.segments[i]]
            if sigma > 0 { relative += sigma * noiseStream.nextGaussian() }
            // Cadences of spacecraft events are disturbed; the default quality mask removes them.
            if grid.quality[i] != 0, parameters.addNoise { relative += 5 * sigma * noiseStream.nextGaussian() }
            flux[i] = rate * relative
        }
        if sigma == 0 { errors = [Double](repeating: 0, count: times.count) }
        let metadata = LightCurveMetadata(
            mission: mission == .unknown ? .kepler : mission, targetID: "SIM \(kind.rawValue) \(seed)",
            segment: instrument.segment, cadenceDays: instrument.cadenceDays,
            product: "simulated \(kind.rawValue) light curve (Exoscope)")
        let lightCurve = LightCurve(time: times, flux: flux, fluxError: errors, quality: grid.quality,
                                    cadenceNumber: grid.cadenceNumbers, metadata: metadata)
        return SimulatedStar(lightCurve: lightCurve, signal: signal, truth: truth)
    }

    // MARK: - Drawing the physics

    /// a/R⋆ from Kepler's third law: `a/R⋆ = 4.2064 P^{2/3} (ρ⋆/ρ☉)^{1/3}` for P in days.
    static func scaledSemiMajorAxis(period: Double, density: Double) -> Double {
        4.2064 * pow(period, 2.0 / 3) * pow(density, 1.0 / 3)
    }

    private func drawEpoch(period: Double, instrument: InstrumentModel, generator: inout SeededGenerator) -> Double {
        parameters.epoch ?? instrument.startTime + period * generator.uniform(0.05...0.95)
    }

    private func drawPlanet(instrument: InstrumentModel, generator: inout SeededGenerator) -> TransitParameters {
        let maxPeriod = max(instrument.spanDays / 3, 1)
        let period = parameters.period ?? generator.logUniform(0.5...maxPeriod)
        let density = parameters.stellarDensity ?? generator.logUniform(0.5...2)
        let a = Self.scaledSemiMajorAxis(period: period, density: density)
        let eccentricity = parameters.eccentricity ?? (generator.chance(0.7) ? 0 : generator.uniform(0...0.3))
        let omega = parameters.periastronDegrees ?? generator.uniform(0...360)
        let ld = QuadraticOccultation(u1: generator.uniform(0.3...0.5), u2: generator.uniform(0.15...0.3))
        var k = parameters.radiusRatio ?? generator.logUniform(0.02...0.15)
        let b = parameters.impactParameter ?? generator.uniform(0...0.85)
        let orbit = KeplerOrbit(period: period, epoch: drawEpoch(period: period, instrument: instrument, generator: &generator),
                                semiMajorAxis: a, impactParameter: b, eccentricity: eccentricity, periastronDegrees: omega)
        if parameters.radiusRatio == nil, let depth = parameters.depth {
            k = Self.radiusRatio(forDepth: depth, orbit: orbit, limbDarkening: ld)
        }
        return TransitParameters(orbit: orbit, radiusRatio: k, limbDarkening: ld)
    }

    /// The radius ratio whose mid-transit depth is `depth` (bisection; depth grows with k).
    public static func radiusRatio(forDepth depth: Double, orbit: KeplerOrbit, limbDarkening: QuadraticOccultation) -> Double {
        var low = 1e-4, high = 2.0
        for _ in 0..<80 {
            let mid = 0.5 * (low + high)
            let d = 1 - limbDarkening.flux(separation: orbit.impactParameter, radiusRatio: mid)
            if d < depth { low = mid } else { high = mid }
        }
        return 0.5 * (low + high)
    }

    private func drawBinary(instrument: InstrumentModel, generator: inout SeededGenerator) -> EclipsingBinaryParameters {
        let period = parameters.period ?? generator.logUniform(0.5...min(10, instrument.spanDays / 3))
        let t1 = parameters.primaryTemperature ?? generator.uniform(4500...7000)
        let t2 = parameters.secondaryTemperature ?? generator.uniform(3000...t1)
        let k = parameters.radiusRatio ?? generator.uniform(0.3...1.0)
        let massRatio = min(max(k, 0.1), 1)  // main-sequence stars: R ∝ M roughly
        // Total mass (1 + q) M1 sets the separation; ρ1 as for a main-sequence primary.
        let density = (parameters.stellarDensity ?? generator.logUniform(0.4...1.5)) * (1 + massRatio)
        let a = Self.scaledSemiMajorAxis(period: period, density: density)
        let grazing = generator.chance(0.3)
        let b = parameters.impactParameter ?? (grazing ? generator.uniform((1.0 - 0.3 * k)...(1.0 + 0.8 * k))
                                                        : generator.uniform(0...0.7))
        let eccentricity = parameters.eccentricity ?? (generator.chance(0.6) ? 0 : generator.uniform(0.02...0.3))
        let omega = parameters.periastronDegrees ?? generator.uniform(0...360)
        let orbit = KeplerOrbit(period: period, epoch: drawEpoch(period: period, instrument: instrument, generator: &generator),
                                semiMajorAxis: a, impactParameter: b, eccentricity: eccentricity, periastronDegrees: omega)
        let passband: PassbandBrightness = instrument.mission == .tess ? .tess : .kepler
        var binary = EclipsingBinaryParameters(
            orbit: orbit, radiusRatio: k, primaryTemperature: t1, secondaryTemperature: t2,
            primaryLimbDarkening: .init(u1: generator.uniform(0.3...0.5), u2: generator.uniform(0.15...0.3)),
            secondaryLimbDarkening: .init(u1: generator.uniform(0.4...0.6), u2: generator.uniform(0.15...0.3)),
            massRatio: massRatio, albedo: generator.uniform(0.3...0.7), passband: passband)
        if let third = parameters.thirdLightFraction {
            binary.thirdLightFraction = third
        } else if generator.chance(0.4) {
            // A background or bound binary diluted by a brighter star to a planet-like depth.
            binary.thirdLightFraction = Self.thirdLight(forDepth: generator.logUniform(0.002...0.02), binary: binary)
        }
        return binary
    }

    /// The third-light fraction that dilutes `binary`'s primary eclipse to `depth` (0 if already shallower).
    public static func thirdLight(forDepth depth: Double, binary: EclipsingBinaryParameters) -> Double {
        var undiluted = binary
        undiluted.thirdLightFraction = 0
        let orbit = binary.orbit
        let flux = EclipsingBinaryModel(undiluted).flux(at: [orbit.epoch - 0.25 * orbit.period, orbit.epoch])
        let intrinsic = 1 - flux[1] / flux[0]
        guard intrinsic > depth else { return 0 }
        return 1 - depth / intrinsic
    }

    private func drawVariability(instrument: InstrumentModel, generator: inout SeededGenerator) -> StellarVariability {
        var variability = StellarVariability()
        if parameters.addNoise {
            variability.granulation = Granulation(sigma: generator.logUniform(2e-5...1.5e-4),
                                                  timescale: generator.logUniform(0.05...0.5))
        }
        guard kind == .variable else { return variability }
        let pulsator = parameters.rotationPeriod == nil && parameters.spotAmplitude == nil && generator.chance(0.35)
        if pulsator {
            let modes = 3 + Int(generator.nextUniform() * 6)
            for _ in 0..<modes {
                variability.pulsations.append(PulsationMode(frequency: generator.uniform(5...30),
                                                            amplitude: generator.logUniform(1e-4...5e-3),
                                                            phase: generator.uniform(0...(2 * .pi))))
            }
        } else {
            let rotation = parameters.rotationPeriod ?? generator.logUniform(0.5...20)
            let amplitude = parameters.spotAmplitude ?? generator.logUniform(5e-4...3e-2)
            variability.spots = SpotModulation(rotationPeriod: rotation, amplitude: amplitude,
                                               lifetime: rotation * generator.uniform(2...8))
            if generator.chance(0.5) {
                let rate = generator.logUniform(0.05...1)  // flares per day
                var t = instrument.startTime
                while true {
                    t += -log(max(generator.nextUniform(), 1e-12)) / rate
                    if t > instrument.startTime + instrument.spanDays { break }
                    // Power-law amplitudes (index 2): many small flares, a few large.
                    let amplitude = 1e-3 / max(generator.nextUniform(), 0.01)
                    variability.flares.append(Flare(peakTime: t, amplitude: amplitude,
                                                    riseTime: generator.uniform(0.001...0.005),
                                                    decayTime: generator.uniform(0.005...0.05)))
                }
            }
        }
        return variability
    }
}
