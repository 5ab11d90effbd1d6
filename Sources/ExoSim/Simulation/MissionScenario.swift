import ExoLightCurve
import ExoRandom
import Foundation

/// A mission and cadence as a user meets it, for test and training sets made of simulated stars:
/// Kepler long cadence over 1 to `maxKeplerQuarters` quarters, a K2 campaign, a TESS 2-minute sector
/// and a TESS full-frame sector (30, 10 or 3.3-minute cadence by era).
///
/// ```swift
/// let star = try MissionScenario.keplerLongCadence.star(.ebEqual, seed: 7)
/// star.star.lightCurve; star.expectedSNR; star.kind.label
/// ```
public enum MissionScenario: String, Sendable, Codable, CaseIterable {
    case keplerLongCadence = "Kepler LC"
    case k2 = "K2"
    case tessTwoMinute = "TESS 2-min"
    case tessFullFrame = "TESS FFI"

    /// The mission.
    public var mission: Mission {
        switch self {
        case .keplerLongCadence: .kepler
        case .k2: .k2
        case .tessTwoMinute, .tessFullFrame: .tess
        }
    }

    /// The instrument of one star: the number of Kepler quarters (1 to `maxKeplerQuarters`), the
    /// campaign or the sector is drawn from `generator`.
    public func instrument(maxKeplerQuarters: Int, generator: inout SeededGenerator) -> InstrumentModel {
        switch self {
        case .keplerLongCadence:
            let count = 1 + Int(generator.nextUniform() * Double(max(maxKeplerQuarters, 1)))
            let first = 1 + Int(generator.nextUniform() * Double(max(18 - count, 1)))
            return .keplerQuarters(first: first, count: count)
        case .k2: return .k2Campaign(1 + Int(generator.nextUniform() * 19))
        case .tessTwoMinute: return .tessSector(1 + Int(generator.nextUniform() * 69))
        case .tessFullFrame: return .tessFullFrame(sector: 1 + Int(generator.nextUniform() * 69))
        }
    }

    /// The kinds of star in a test or training set.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A transiting planet, period up to half the baseline, SNR log-uniform in 6-60.
        case planet
        /// A detached binary: circular, unequal eclipses, impact parameter under 0.6.
        case ebDetached = "eb-detached"
        /// A grazing binary: V-shaped eclipses.
        case ebGrazing = "eb-grazing"
        /// An eccentric binary: the secondary away from phase 0.5.
        case ebEccentric = "eb-eccentric"
        /// A binary diluted by a brighter star (80-98% third light) to planet-like depths.
        case ebDiluted = "eb-diluted"
        /// Twin stars: equal eclipses, so a search finds them at half the period.
        case ebEqual = "eb-equal"
        /// A spotted rotator, pulsator or flaring star.
        case variable
        /// Granulation and white noise only.
        case quiet

        /// The simulator's star kind.
        public var starKind: StarKind {
            switch self {
            case .planet: .planet
            case .variable: .variable
            case .quiet: .quiet
            default: .eb
            }
        }

        /// The training label: "PC", "EB" or "J".
        public var label: String { starKind.label }
    }

    /// One simulated star of a scenario and what a search should find.
    public struct Star: Sendable {
        /// The kind drawn.
        public var kind: Kind
        /// The scenario.
        public var scenario: MissionScenario
        /// The simulated light curve (all cadences, quality flags set) and its truth.
        public var star: SimulatedStar
        /// Depth over the noise per cadence times √(in-transit cadences): the SNR a perfect search
        /// would reach on the transit or primary eclipse (0 without one).
        public var expectedSNR: Double
        /// The span of the observations, days.
        public var spanDays: Double
    }

    /// The `kind` star of this scenario made from `seed` (Kepler: up to `maxKeplerQuarters` quarters).
    public func star(_ kind: Kind, seed: UInt64, maxKeplerQuarters: Int = 4) throws -> Star {
        var draws = SeededGenerator(seed: seed).split(stream: 0x6D69_7373)
        let instrument = instrument(maxKeplerQuarters: maxKeplerQuarters, generator: &draws)
        let span = instrument.spanDays
        var p = SimulationParameters()
        switch kind {
        case .planet:
            p.period = draws.logUniform(0.5...max(span / 2, 0.6))
        case .ebDetached, .ebGrazing, .ebEccentric, .ebDiluted, .ebEqual:
            p.period = draws.logUniform(0.5...max(min(span / 2, 30), 0.6))
            p.thirdLightFraction = 0
            p.eccentricity = 0
            let k = draws.uniform(0.4...0.9)
            p.radiusRatio = k
            p.impactParameter = draws.uniform(0...0.6)
            let t1 = draws.uniform(4500...7000)
            p.primaryTemperature = t1
            p.secondaryTemperature = draws.uniform(3000...(0.8 * t1))
            switch kind {
            case .ebGrazing: p.impactParameter = draws.uniform((1 - 0.2 * k)...(1 + 0.5 * k))
            case .ebEccentric:
                p.eccentricity = draws.uniform(0.1...0.4)
                p.periastronDegrees = draws.uniform(0...360)
            case .ebDiluted: p.thirdLightFraction = draws.uniform(0.8...0.98)
            case .ebEqual:
                p.radiusRatio = 1
                p.secondaryTemperature = t1
            default: break
            }
        case .variable, .quiet:
            break
        }
        let simulator = { (parameters: SimulationParameters) in
            try StarSimulator(kind: kind.starKind, mission: mission, seed: seed, parameters: parameters,
                              instrument: instrument).simulate()
        }
        var star = try simulator(p)
        if kind == .planet, let e = star.truth.ephemeris {
            // Rescale the depth to an SNR drawn log-uniform in 6-60 (same draws otherwise).
            let wanted = draws.logUniform(6...60)
            let snr = Self.expectedSNR(star)
            if snr > 0 { p.depth = min(max(e.depth * wanted / snr, 2e-5), 0.05) }
            star = try simulator(p)
        }
        return Star(kind: kind, scenario: self, star: star, expectedSNR: Self.expectedSNR(star), spanDays: span)
    }

    /// Depth / (noise per cadence) × √(good cadences within the transit windows).
    static func expectedSNR(_ star: SimulatedStar) -> Double {
        guard let e = star.truth.ephemeris, star.truth.noisePerCadence > 0, e.period > 0 else { return 0 }
        let lc = star.lightCurve
        var inTransit = 0
        for (t, q) in zip(lc.time, lc.quality) where q == 0 {
            var phase = (t - e.epoch) / e.period
            phase -= phase.rounded()
            if abs(phase * e.period) < e.duration / 2 { inTransit += 1 }
        }
        return e.depth / star.truth.noisePerCadence * Double(inTransit).squareRoot()
    }
}
