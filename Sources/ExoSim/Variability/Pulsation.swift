import Foundation

/// One coherent pulsation mode: `amplitude · sin(2π frequency t + phase)`.
public struct PulsationMode: Sendable, Codable, Equatable {
    /// Frequency, cycles per day.
    public var frequency: Double
    /// Semi-amplitude, fractional flux.
    public var amplitude: Double
    /// Phase at t = 0, radians.
    public var phase: Double

    /// A mode of `frequency` (cycles/day), semi-`amplitude` (fractional) and `phase` (radians).
    public init(frequency: Double, amplitude: Double, phase: Double) {
        self.frequency = frequency
        self.amplitude = amplitude
        self.phase = phase
    }

    /// The relative flux change of this mode at time `t` (days).
    public func value(at t: Double) -> Double {
        amplitude * sin(2 * .pi * frequency * t + phase)
    }
}
