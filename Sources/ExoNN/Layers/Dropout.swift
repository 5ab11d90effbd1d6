import ExoRandom

/// Inverted dropout: in training, zeroes each value with probability `rate` and scales the rest
/// by `1 / (1 - rate)`; at inference it is the identity. Masks come from a seeded generator, so a
/// training run is repeatable.
public final class Dropout: Layer {
    /// The probability of dropping a value, in `[0, 1)`.
    public let rate: Float
    /// The seed the mask generator starts from (and restarts from on `resetParameters`).
    public let seed: UInt64
    private var generator: SeededGenerator
    private var mask: [Float] = []

    /// Dropout with the given rate and mask seed.
    public init(rate: Float, seed: UInt64 = 0) {
        precondition(rate >= 0 && rate < 1, "Dropout rate must be in [0, 1), got \(rate)")
        self.rate = rate
        self.seed = seed
        generator = SeededGenerator(seed: seed)
    }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        guard training else { return input }
        let keep = 1 - rate
        let scale = 1 / keep
        if mask.count != input.count { mask = [Float](repeating: 0, count: input.count) }
        var output = input
        for index in 0..<input.count {
            let kept = generator.nextUniform() < Double(keep)
            mask[index] = kept ? scale : 0
            output.scalars[index] *= mask[index]
        }
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        var gradient = outputGradient
        for index in 0..<gradient.count { gradient.scalars[index] *= mask[index] }
        return gradient
    }

    /// Restarts the mask sequence from a seed drawn from `generator`.
    public func resetParameters(using generator: inout SeededGenerator) {
        self.generator = SeededGenerator(seed: generator.next())
    }

    public var configuration: LayerConfiguration { .dropout(rate: rate, seed: seed) }
}
