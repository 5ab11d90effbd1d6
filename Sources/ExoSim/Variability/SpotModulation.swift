import ExoRandom
import Foundation

/// Quasi-periodic rotational modulation by evolving starspots.
///
/// The signal is `Σ_h a_h(t) sin(2π h t / P + φ_h(t))` over the first two harmonics, where the
/// amplitudes and phases wander smoothly: each is a sum of a few random sinusoids with periods
/// between one and four spot lifetimes. Dark spots make the flux dip, so the result is shifted to be
/// non-positive on average (its mean over the light curve is removed by normalisation anyway).
public struct SpotModulation: Sendable, Codable, Equatable {
    /// Rotation period, days.
    public var rotationPeriod: Double
    /// Semi-amplitude of the fundamental, fractional flux.
    public var amplitude: Double
    /// Spot lifetime (coherence time of amplitude and phase), days.
    public var lifetime: Double
    /// Amplitude of the first harmonic relative to the fundamental.
    public var harmonicRatio: Double

    /// Spot modulation with the given period (days), semi-amplitude (fractional) and spot lifetime (days).
    public init(rotationPeriod: Double, amplitude: Double, lifetime: Double, harmonicRatio: Double = 0.3) {
        self.rotationPeriod = rotationPeriod
        self.amplitude = amplitude
        self.lifetime = lifetime
        self.harmonicRatio = harmonicRatio
    }

    /// The relative flux change at each of `times`, seeded by `generator`.
    public func signal(at times: [Double], generator: inout SeededGenerator) -> [Double] {
        let amplitudeWalk = [SmoothRandomProcess(timescale: lifetime, generator: &generator),
                             SmoothRandomProcess(timescale: lifetime, generator: &generator)]
        let phaseWalk = [SmoothRandomProcess(timescale: lifetime, generator: &generator),
                         SmoothRandomProcess(timescale: lifetime, generator: &generator)]
        let phases = [generator.nextUniform() * 2 * .pi, generator.nextUniform() * 2 * .pi]
        let weights = [1.0, harmonicRatio]
        return times.map { t in
            var value = 0.0
            for h in 0..<2 {
                let a = amplitude * weights[h] * (1 + 0.5 * amplitudeWalk[h].value(at: t))
                let phase = 2 * .pi * Double(h + 1) * t / rotationPeriod + phases[h] + 1.5 * phaseWalk[h].value(at: t)
                value += a * sin(phase)
            }
            return value - amplitude * (1 + harmonicRatio)
        }
    }
}

/// A smooth zero-mean random function of time with values mostly in [−1, 1]: a sum of four
/// sinusoids with random phases and periods between one and four `timescale`s.
struct SmoothRandomProcess: Sendable {
    private var frequencies: [Double] = []
    private var phases: [Double] = []

    init(timescale: Double, generator: inout SeededGenerator) {
        for _ in 0..<4 {
            let period = timescale * (1 + 3 * generator.nextUniform())
            frequencies.append(2 * .pi / period)
            phases.append(2 * .pi * generator.nextUniform())
        }
    }

    func value(at t: Double) -> Double {
        var sum = 0.0
        for i in frequencies.indices { sum += sin(frequencies[i] * t + phases[i]) }
        return sum * 0.5
    }
}
