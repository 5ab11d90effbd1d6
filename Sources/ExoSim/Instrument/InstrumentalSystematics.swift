import ExoLightCurve
import ExoRandom
import Foundation

/// What a spacecraft leaves in a delivered light curve after its pipeline's corrections: thermal
/// settling ramps after data gaps, sudden pixel sensitivity dropouts, flux jumps at momentum dumps,
/// scattered light towards the end of TESS orbits and the K2 roll sawtooth. None of it is flagged
/// in `QUALITY`, so a reader's default mask keeps it; a transit search meets it as junk.
///
/// ```swift
/// var draws = SeededGenerator(seed: 1)
/// let systematics = InstrumentalSystematics.draw(for: .tessSector(5), generator: &draws)
/// let factors = systematics.factor(at: times)   // multiply into the flux
/// ```
public struct InstrumentalSystematics: Sendable, Codable, Equatable {
    /// An exponential excursion anchored at `time`: `amplitude · exp(−|t − time| / timescale)` on one
    /// side of it (after a gap for thermal settling, before the end of an orbit for scattered light).
    public struct Ramp: Sendable, Codable, Equatable {
        /// Which side of `time` the ramp covers.
        public enum Side: String, Sendable, Codable { case after, before }
        /// The anchor: the first cadence after a gap, or the last before one.
        public var time: Double
        /// Relative flux at the anchor (negative: the flux starts low).
        public var amplitude: Double
        /// e-folding time, days.
        public var timescale: Double
        /// Which side of the anchor.
        public var side: Side
    }

    /// A sudden drop of the flux by `amplitude` at `time`, of which `1 − permanentFraction` recovers
    /// exponentially with `recoveryTime` (a Kepler pixel sensitivity dropout; with a permanent fraction
    /// of 1, a TESS pointing jump at a momentum dump). The step lasts until `end`.
    public struct Step: Sendable, Codable, Equatable {
        /// When the flux drops, days.
        public var time: Double
        /// When the step ends (the next gap, or the end of the observations), days.
        public var end: Double
        /// Relative drop (negative: a jump up).
        public var amplitude: Double
        /// The share of the drop that does not recover.
        public var permanentFraction: Double
        /// e-folding time of the recovery, days.
        public var recoveryTime: Double
    }

    /// The K2 roll: between two thruster firings the pointing drifts and the flux with it, linearly,
    /// and each firing resets it: a sawtooth of `period` and peak-to-peak `amplitude`.
    public struct Sawtooth: Sendable, Codable, Equatable {
        /// The firing interval, days.
        public var period: Double
        /// Peak-to-peak relative flux.
        public var amplitude: Double
        /// Time of one firing, days.
        public var phaseZero: Double
    }

    /// Ramps (settling after gaps, scattered light before them).
    public var ramps: [Ramp]
    /// Sensitivity dropouts and pointing jumps.
    public var steps: [Step]
    /// The K2 roll sawtooth, if any.
    public var sawtooth: Sawtooth?

    /// Systematics made of these parts (none by default).
    public init(ramps: [Ramp] = [], steps: [Step] = [], sawtooth: Sawtooth? = nil) {
        self.ramps = ramps
        self.steps = steps
        self.sawtooth = sawtooth
    }

    /// The multiplicative flux factor at each of `times`.
    public func factor(at times: [Double]) -> [Double] {
        times.map { t in
            var value = 1.0
            for ramp in ramps {
                let lag = ramp.side == .after ? t - ramp.time : ramp.time - t
                if lag >= 0 && lag < 20 * ramp.timescale { value += ramp.amplitude * exp(-lag / ramp.timescale) }
            }
            for step in steps where t >= step.time && t < step.end {
                let recovering = (1 - step.permanentFraction) * exp(-(t - step.time) / step.recoveryTime)
                value -= step.amplitude * (step.permanentFraction + recovering)
            }
            if let sawtooth {
                let phase = ((t - sawtooth.phaseZero) / sawtooth.period).truncatingRemainder(dividingBy: 1)
                value += sawtooth.amplitude * ((phase < 0 ? phase + 1 : phase) - 0.5)
            }
            return value
        }
    }

    /// Systematics as `instrument`'s corrected light curves show them, drawn from `generator`.
    ///
    /// - every mission: a settling ramp after the start and after each gap (probability 0.7 each),
    ///   amplitude log-uniform 0.02-0.3% (either sign), e-folding time 0.1-1.5 d;
    /// - Kepler: 0-2 sensitivity dropouts per quarter, 0.02-0.2% deep, 30-90% permanent, recovering in
    ///   0.1-1 d;
    /// - K2: the roll sawtooth at the firing interval, 0.01-0.3% peak to peak;
    /// - TESS: scattered light before the end of each orbit (probability 0.6), 0.03-0.5%, 0.2-2 d;
    ///   a permanent pointing jump at each momentum dump, 0.005-0.1%, either sign.
    public static func draw(for instrument: InstrumentModel, generator: inout SeededGenerator) -> InstrumentalSystematics {
        let start = instrument.startTime
        let end = start + instrument.spanDays
        let gaps = instrument.gaps.map { (start + $0.lowerBound)...(start + $0.upperBound) }
        func signed(_ range: ClosedRange<Double>) -> Double {
            generator.logUniform(range) * (generator.chance(0.5) ? 1 : -1)
        }
        /// The end of the stretch of observations that contains `t`.
        func stretchEnd(after t: Double) -> Double { gaps.map(\.lowerBound).filter { $0 > t }.min() ?? end }

        var systematics = InstrumentalSystematics()
        for anchor in [start] + gaps.map(\.upperBound) where generator.chance(0.7) {
            systematics.ramps.append(Ramp(time: anchor, amplitude: signed(2e-4...3e-3),
                                          timescale: generator.logUniform(0.1...1.5), side: .after))
        }
        switch instrument.mission {
        case .kepler, .unknown:
            let quarters = max(Int((instrument.spanDays / 91.5).rounded(.up)), 1)
            for _ in 0..<quarters {
                for _ in 0..<Int(generator.nextUniform() * 3) {
                    let time = start + generator.nextUniform() * instrument.spanDays
                    systematics.steps.append(Step(time: time, end: stretchEnd(after: time),
                                                  amplitude: generator.logUniform(2e-4...2e-3),
                                                  permanentFraction: generator.uniform(0.3...0.9),
                                                  recoveryTime: generator.logUniform(0.1...1)))
                }
            }
        case .k2:
            systematics.sawtooth = Sawtooth(period: instrument.eventInterval > 0 ? instrument.eventInterval : 0.2452,
                                            amplitude: generator.logUniform(1e-4...3e-3),
                                            phaseZero: start + instrument.eventInterval / 2)
        case .tess:
            for anchor in gaps.map(\.lowerBound) + [end] where generator.chance(0.6) {
                systematics.ramps.append(Ramp(time: anchor, amplitude: signed(3e-4...5e-3),
                                              timescale: generator.logUniform(0.2...2), side: .before))
            }
            if instrument.eventInterval > 0 {
                var dump = start + instrument.eventInterval / 2
                while dump < end {
                    systematics.steps.append(Step(time: dump, end: stretchEnd(after: dump), amplitude: signed(5e-5...1e-3),
                                                  permanentFraction: 1, recoveryTime: 1))
                    dump += instrument.eventInterval
                }
            }
        }
        return systematics
    }
}
