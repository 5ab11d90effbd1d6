import Foundation

/// A learning rate as a function of the step number (0-based).
///
/// ```swift
/// let schedule = LearningRateSchedule.warmup(steps: 100,
///     then: .cosine(base: 1e-3, totalSteps: 10_000, minimum: 1e-5))
/// optimizer.learningRate = schedule.learningRate(atStep: step)
/// ```
public indirect enum LearningRateSchedule: Codable, Equatable, Sendable {
    /// The same rate at every step.
    case constant(Float)
    /// Multiplies `base` by `factor` every `interval` steps.
    case step(base: Float, interval: Int, factor: Float)
    /// Cosine decay from `base` to `minimum` over `totalSteps`, then `minimum`.
    case cosine(base: Float, totalSteps: Int, minimum: Float)
    /// Linear ramp from 0 to the following schedule's rate at step `steps`, then that schedule
    /// (shifted so it starts at step 0 after the warm-up).
    case warmup(steps: Int, then: LearningRateSchedule)

    /// The learning rate at `step`.
    public func learningRate(atStep step: Int) -> Float {
        switch self {
        case let .constant(rate):
            return rate
        case let .step(base, interval, factor):
            return base * pow(factor, Float(step / max(interval, 1)))
        case let .cosine(base, totalSteps, minimum):
            let progress = min(Float(step) / Float(max(totalSteps, 1)), 1)
            return minimum + (base - minimum) * 0.5 * (1 + cos(Float.pi * progress))
        case let .warmup(steps, following):
            if step < steps { return following.learningRate(atStep: 0) * Float(step + 1) / Float(steps) }
            return following.learningRate(atStep: step - steps)
        }
    }
}
