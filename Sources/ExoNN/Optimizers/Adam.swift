import Foundation

/// Adam (Kingma & Ba 2015) with bias correction, and optional decoupled weight decay (AdamW,
/// Loshchilov & Hutter 2019): `θ ← θ - lr · (m̂ / (√v̂ + ε) + weightDecay · θ)`.
/// `weightDecay = 0` is plain Adam. State is kept per parameter object.
public final class Adam: Optimizer {
    public var learningRate: Float
    /// Decay of the first-moment average.
    public let beta1: Float
    /// Decay of the second-moment average.
    public let beta2: Float
    /// Added to `√v̂`.
    public let epsilon: Float
    /// Decoupled weight decay per unit learning rate (AdamW); 0 for Adam.
    public let weightDecay: Float
    private var moments: [ObjectIdentifier: (first: [Float], second: [Float])] = [:]
    private var stepCount = 0

    /// An Adam optimiser (defaults as in the paper and PyTorch).
    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8,
                weightDecay: Float = 0) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    public func step(_ parameters: [NamedParameter]) {
        stepCount += 1
        let correction1 = 1 - pow(beta1, Float(stepCount))
        let correction2 = 1 - pow(beta2, Float(stepCount))
        let rate = learningRate, b1 = beta1, b2 = beta2, eps = epsilon, decay = weightDecay
        for named in parameters where named.parameter.isTrainable {
            let parameter = named.parameter
            let key = ObjectIdentifier(parameter)
            var state = moments[key] ?? ([Float](repeating: 0, count: parameter.value.count),
                                         [Float](repeating: 0, count: parameter.value.count))
            moments[key] = nil
            parameter.gradient.scalars.withUnsafeBufferPointer { g in
                parameter.value.scalars.withUnsafeMutableBufferPointer { theta in
                    state.first.withUnsafeMutableBufferPointer { m in
                        state.second.withUnsafeMutableBufferPointer { v in
                            Elementwise.adam(theta: theta.baseAddress!, gradient: g.baseAddress!, first: m.baseAddress!,
                                             second: v.baseAddress!, count: theta.count, rate: rate, beta1: b1,
                                             beta2: b2, epsilon: eps, correction1: correction1,
                                             correction2: correction2, decay: decay)
                        }
                    }
                }
            }
            moments[key] = state
        }
    }
}

extension Adam {
    /// AdamW: Adam with decoupled weight decay (default 0.01, as PyTorch's `AdamW`).
    public static func adamW(learningRate: Float = 1e-3, weightDecay: Float = 0.01) -> Adam {
        Adam(learningRate: learningRate, weightDecay: weightDecay)
    }
}
