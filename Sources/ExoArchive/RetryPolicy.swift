import Foundation

/// How often and how patiently a request is retried after a transient failure.
///
/// The wait before retry *k* (1-based) is `initialDelay · multiplier^(k−1)`, capped at `maximumDelay`
/// (exponential back-off). Server errors (5xx, 429), timeouts and cut connections are retried;
/// client errors (4xx) and unreachable hosts are not.
public struct RetryPolicy: Sendable, Equatable, Codable {
    /// Total number of attempts, the first included (at least 1).
    public var maximumAttempts: Int
    /// Wait before the first retry, seconds.
    public var initialDelay: Double
    /// Factor applied to the wait after each retry.
    public var multiplier: Double
    /// Longest wait between two attempts, seconds.
    public var maximumDelay: Double

    /// Four attempts, waiting 1, 2 and 4 s.
    public static let `default` = RetryPolicy(maximumAttempts: 4, initialDelay: 1, multiplier: 2, maximumDelay: 30)

    public init(maximumAttempts: Int, initialDelay: Double, multiplier: Double = 2, maximumDelay: Double = 30) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialDelay = initialDelay
        self.multiplier = multiplier
        self.maximumDelay = maximumDelay
    }

    /// Seconds to wait after failed attempt `attempt` (1-based) before the next one.
    public func delay(afterAttempt attempt: Int) -> Double {
        min(maximumDelay, initialDelay * pow(multiplier, Double(max(0, attempt - 1))))
    }
}
