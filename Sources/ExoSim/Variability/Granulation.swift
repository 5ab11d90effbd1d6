import ExoRandom
import Foundation

/// Granulation-like correlated noise: a first-order autoregressive (Ornstein–Uhlenbeck) process.
///
/// `x_i = φ x_{i−1} + √(1 − φ²) σ ε_i` with `φ = exp(−Δt/τ)` and `ε` standard normal, so the process
/// has standard deviation `σ` and an exponential autocorrelation of timescale `τ` (a Harvey-like
/// power spectrum), whatever the spacing of the times, gaps included.
public struct Granulation: Sendable, Codable, Equatable {
    /// Standard deviation, fractional flux.
    public var sigma: Double
    /// Correlation timescale, days.
    public var timescale: Double

    /// Correlated noise of standard deviation `sigma` (fractional) and timescale `timescale` (days).
    public init(sigma: Double, timescale: Double) {
        self.sigma = sigma
        self.timescale = timescale
    }

    /// One realisation at `times` (sorted, days).
    public func signal(at times: [Double], generator: inout SeededGenerator) -> [Double] {
        guard sigma > 0, !times.isEmpty else { return [Double](repeating: 0, count: times.count) }
        var result = [Double](repeating: 0, count: times.count)
        var x = sigma * generator.nextGaussian()
        result[0] = x
        for i in 1..<times.count {
            let phi = exp(-(times[i] - times[i - 1]) / max(timescale, 1e-9))
            x = phi * x + (1 - phi * phi).squareRoot() * sigma * generator.nextGaussian()
            result[i] = x
        }
        return result
    }
}
