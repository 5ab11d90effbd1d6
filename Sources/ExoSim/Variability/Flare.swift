import Foundation

/// One stellar flare: a linear rise then an exponential decay.
public struct Flare: Sendable, Codable, Equatable {
    /// Time of the peak, days.
    public var peakTime: Double
    /// Peak amplitude, fractional flux.
    public var amplitude: Double
    /// Rise time, days.
    public var riseTime: Double
    /// e-folding decay time, days.
    public var decayTime: Double

    /// A flare peaking at `peakTime` (days) with `amplitude` (fractional), rise and decay times (days).
    public init(peakTime: Double, amplitude: Double, riseTime: Double, decayTime: Double) {
        self.peakTime = peakTime
        self.amplitude = amplitude
        self.riseTime = riseTime
        self.decayTime = decayTime
    }

    /// The relative flux added at time `t` (days).
    public func value(at t: Double) -> Double {
        let dt = t - peakTime
        if dt < -riseTime { return 0 }
        if dt <= 0 { return amplitude * (1 + dt / riseTime) }
        let decay = dt / decayTime
        return decay > 30 ? 0 : amplitude * exp(-decay)
    }
}
