import ExoRandom

/// Batch normalisation over the channel axis (axis 1) of `[batch, channels]` or `[batch, channels, length…]`.
///
/// Training normalises with the batch mean and (biased) variance over batch and positions, then
/// applies `gamma · x̂ + beta`, and updates the running statistics as PyTorch does:
/// `running = (1 - momentum) · running + momentum · batchStatistic` (the running variance takes the
/// unbiased batch variance). Inference uses the running statistics. The running statistics are
/// non-trainable parameters (`runningMean`, `runningVariance`) saved in model files.
public final class BatchNorm: Layer {
    /// Scale `[channels]`, initialised to 1.
    public let gamma: Parameter
    /// Shift `[channels]`, initialised to 0.
    public let beta: Parameter
    /// Running mean `[channels]` (not trained).
    public let runningMean: Parameter
    /// Running variance `[channels]` (not trained).
    public let runningVariance: Parameter
    /// Weight of the newest batch in the running statistics.
    public let momentum: Float
    /// Added to the variance before the square root.
    public let epsilon: Float

    private var normalized: [Float] = []
    private var inverseDeviation: [Float] = []
    private var inputShape: [Int] = []

    /// Batch normalisation for `channels` channels.
    public init(channels: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        gamma = Parameter(Tensor(shape: [channels], repeating: 1))
        beta = Parameter(Tensor(shape: [channels]))
        runningMean = Parameter(Tensor(shape: [channels]), isTrainable: false)
        runningVariance = Parameter(Tensor(shape: [channels], repeating: 1), isTrainable: false)
        self.momentum = momentum
        self.epsilon = epsilon
    }

    private var channels: Int { gamma.value.count }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        precondition(input.rank >= 2 && input.shape[1] == channels,
                     "BatchNorm expects [batch, \(channels), ...], got \(input.shape)")
        let batch = input.shape[0]
        let inner = input.count / max(batch * channels, 1)
        let perChannel = batch * inner
        var output = input
        if training {
            inputShape = input.shape
            normalized = [Float](repeating: 0, count: input.count)
            inverseDeviation = [Float](repeating: 0, count: channels)
        }
        for c in 0..<channels {
            var mean: Float
            var inverse: Float
            if training {
                var total = 0.0, squares = 0.0
                for n in 0..<batch {
                    for i in 0..<inner {
                        let value = Double(input.scalars[(n * channels + c) * inner + i])
                        total += value
                        squares += value * value
                    }
                }
                let batchMean = total / Double(perChannel)
                let variance = max(squares / Double(perChannel) - batchMean * batchMean, 0)
                mean = Float(batchMean)
                inverse = Float(1 / (variance + Double(epsilon)).squareRoot())
                inverseDeviation[c] = inverse
                let unbiased = perChannel > 1 ? variance * Double(perChannel) / Double(perChannel - 1) : variance
                runningMean.value.scalars[c] = (1 - momentum) * runningMean.value.scalars[c] + momentum * mean
                runningVariance.value.scalars[c] = (1 - momentum) * runningVariance.value.scalars[c]
                    + momentum * Float(unbiased)
            } else {
                mean = runningMean.value.scalars[c]
                inverse = 1 / (runningVariance.value.scalars[c] + epsilon).squareRoot()
            }
            let scale = gamma.value.scalars[c], shift = beta.value.scalars[c]
            for n in 0..<batch {
                for i in 0..<inner {
                    let index = (n * channels + c) * inner + i
                    let xHat = (input.scalars[index] - mean) * inverse
                    if training { normalized[index] = xHat }
                    output.scalars[index] = scale * xHat + shift
                }
            }
        }
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let batch = inputShape[0]
        let inner = outputGradient.count / max(batch * channels, 1)
        let count = Float(batch * inner)
        var gradient = outputGradient
        for c in 0..<channels {
            var sumGradient: Float = 0, sumProduct: Float = 0
            for n in 0..<batch {
                for i in 0..<inner {
                    let index = (n * channels + c) * inner + i
                    sumGradient += outputGradient.scalars[index]
                    sumProduct += outputGradient.scalars[index] * normalized[index]
                }
            }
            gamma.gradient.scalars[c] += sumProduct
            beta.gradient.scalars[c] += sumGradient
            let factor = gamma.value.scalars[c] * inverseDeviation[c] / count
            for n in 0..<batch {
                for i in 0..<inner {
                    let index = (n * channels + c) * inner + i
                    gradient.scalars[index] = factor
                        * (count * outputGradient.scalars[index] - sumGradient - normalized[index] * sumProduct)
                }
            }
        }
        return gradient
    }

    public var parameters: [NamedParameter] {
        [
            NamedParameter(name: "gamma", parameter: gamma), NamedParameter(name: "beta", parameter: beta),
            NamedParameter(name: "running_mean", parameter: runningMean),
            NamedParameter(name: "running_variance", parameter: runningVariance),
        ]
    }

    /// Resets scale 1, shift 0, running mean 0, running variance 1.
    public func resetParameters(using generator: inout SeededGenerator) {
        gamma.value = Tensor(shape: [channels], repeating: 1)
        beta.value = Tensor(shape: [channels])
        runningMean.value = Tensor(shape: [channels])
        runningVariance.value = Tensor(shape: [channels], repeating: 1)
    }

    public var configuration: LayerConfiguration { .batchNorm(channels: channels, momentum: momentum, epsilon: epsilon) }
}
