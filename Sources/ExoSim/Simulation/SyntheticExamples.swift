import ExoBasics
import ExoLightCurve
import ExoRandom
import Foundation

/// Makes labelled simulated light curves for training classifiers: planets (PC), eclipsing
/// binaries (EB) and variable or quiet stars (J), each with an ephemeris to make views from.
///
/// A J example gets a spurious ephemeris, as a threshold-crossing event on noise or variability
/// would: for a spotted star half the time the rotation period (or half of it), otherwise a
/// log-uniform period; a random epoch; a duration of 1–8 hours; the depth the folded light curve
/// shows in that window (at least zero).
///
/// ```swift
/// let examples = try SyntheticExamples.make(count: 300, mission: .tess, seed: 1)
/// for e in examples { _ = (e.lightCurve, e.label, e.ephemeris) }
/// ```
public enum SyntheticExamples {
    /// The share of each label in a set.
    public struct Mix: Sendable, Codable, Equatable {
        /// Fraction of planets.
        public var planet: Double
        /// Fraction of eclipsing binaries.
        public var eclipsingBinary: Double
        /// Fraction of variable stars; the rest are quiet stars.
        public var variable: Double

        /// A mix of planets, binaries and variable stars (fractions; quiet stars take the rest).
        public init(planet: Double, eclipsingBinary: Double, variable: Double) {
            self.planet = planet
            self.eclipsingBinary = eclipsingBinary
            self.variable = variable
        }

        /// One third PC, one third EB, one third J (half variable, half quiet).
        public static let balanced = Mix(planet: 1.0 / 3, eclipsingBinary: 1.0 / 3, variable: 1.0 / 6)
    }

    /// The kind of the `index`-th example of a set with `mix`: deterministic and evenly spread.
    public static func kind(at index: Int, of count: Int, mix: Mix) -> StarKind {
        let position = (Double(index) + 0.5) / Double(max(count, 1))
        if position < mix.planet { return .planet }
        if position < mix.planet + mix.eclipsingBinary { return .eb }
        if position < mix.planet + mix.eclipsingBinary + mix.variable { return .variable }
        return .quiet
    }

    /// `count` examples; example `i` is the star simulated with seed `seed &+ i`, so any one can be
    /// remade alone.
    public static func make(count: Int, mission: Mission, seed: UInt64, mix: Mix = .balanced,
                            parameters: SimulationParameters = .init()) throws -> [SyntheticExample] {
        try (0..<count).map { try example(index: $0, count: count, mission: mission, seed: seed, mix: mix, parameters: parameters) }
    }

    /// The `index`-th example of a set of `count` (see ``make(count:mission:seed:mix:parameters:)``).
    public static func example(index: Int, count: Int, mission: Mission, seed: UInt64, mix: Mix = .balanced,
                               parameters: SimulationParameters = .init()) throws -> SyntheticExample {
        let kind = kind(at: index, of: count, mix: mix)
        let starSeed = seed &+ UInt64(index)
        let star = try StarSimulator(kind: kind, mission: mission, seed: starSeed, parameters: parameters).simulate()
        let lightCurve = star.lightCurve.filtered { star.lightCurve.quality[$0] == 0 }.normalized()
        let ephemeris = star.truth.ephemeris ?? spuriousEphemeris(for: star, lightCurve: lightCurve,
                                                                  generator: SeededGenerator(seed: starSeed).split(stream: 9))
        return SyntheticExample(lightCurve: lightCurve, label: kind.label, ephemeris: ephemeris, star: star)
    }

    static func spuriousEphemeris(for star: SimulatedStar, lightCurve: LightCurve, generator: SeededGenerator) -> SignalEphemeris {
        var generator = generator
        let span = (lightCurve.time.last ?? 1) - (lightCurve.time.first ?? 0)
        var period = generator.logUniform(0.5...max(span / 2, 1))
        if let rotation = star.truth.variability.spots?.rotationPeriod, generator.chance(0.5) {
            period = generator.chance(0.5) ? rotation : rotation / 2
        }
        let start = lightCurve.time.first ?? 0
        let epoch = start + period * generator.nextUniform()
        let duration = generator.uniform(1...8) / 24
        // The mean flux inside the spurious transit window, relative to the median (1).
        let window = Ephemeris(period: period, epoch: epoch, duration: duration)
        var sum = 0.0, n = 0
        for (t, f) in zip(lightCurve.time, lightCurve.flux) where window.isInTransit(t) {
            sum += f
            n += 1
        }
        let depth = n > 0 ? max(1 - sum / Double(n), 0) : 0
        return SignalEphemeris(period: period, epoch: epoch, duration: duration, depth: depth)
    }
}
