import ExoRandom

/// A fully connected layer: `[batch, inputFeatures]` → `[batch, outputFeatures]`, `y = x Wᵀ + b`.
///
/// Weights have shape `[outputFeatures, inputFeatures]` (PyTorch layout), bias `[outputFeatures]`.
///
/// ```swift
/// let dense = Dense(inputFeatures: 512, outputFeatures: 3, initializer: .glorotUniform)
/// ```
public final class Dense: Layer, RectifiedInference {
    /// Weights `[out, in]`.
    public let weight: Parameter
    /// Bias `[out]`.
    public let bias: Parameter
    /// How `resetParameters(using:)` draws the weights.
    public let initializer: Initializer
    private var input = Tensor(shape: [0])
    private let packedWeights = PackedWeights()

    /// A dense layer, initialised with seed 0 (models re-seed all layers).
    public init(inputFeatures: Int, outputFeatures: Int, initializer: Initializer = .heNormal) {
        precondition(inputFeatures > 0 && outputFeatures > 0, "Dense sizes must be positive")
        weight = Parameter(Tensor(shape: [outputFeatures, inputFeatures]))
        bias = Parameter(Tensor(shape: [outputFeatures]))
        self.initializer = initializer
        var generator = SeededGenerator(seed: 0)
        resetParameters(using: &generator)
    }

    var inputFeatures: Int { weight.value.shape[1] }
    var outputFeatures: Int { weight.value.shape[0] }

    public func forward(_ input: Tensor, training: Bool) -> Tensor {
        compute(input, training: training, rectify: false)
    }

    func inferRectified(_ input: Tensor) -> Tensor {
        compute(input, training: false, rectify: true)
    }

    /// `x Wᵀ + b`, rectified in place (as `ReLU`) while still in cache when `rectify`.
    private func compute(_ input: Tensor, training: Bool, rectify: Bool) -> Tensor {
        precondition(input.rank == 2 && input.shape[1] == inputFeatures,
                     "Dense expects [batch, \(inputFeatures)], got \(input.shape)")
        if training { self.input = input }
        let batch = input.shape[0]
        var output = [Float](repeating: 0, count: batch * outputFeatures)
        for n in 0..<batch {
            for o in 0..<outputFeatures { output[n * outputFeatures + o] = bias.value.scalars[o] }
        }
        input.scalars.withUnsafeBufferPointer { x in
            weight.value.scalars.withUnsafeBufferPointer { w in
                // Inference reuses the weights packed by an earlier call; training changes them every step.
                let packed = training ? nil : packedWeights.operand(of: weight, sliver: GemmDriver.columnsPerTile) { version in
                    GemmDriver.packB(transposed: true, k: inputFeatures, n: outputFeatures, b: w.baseAddress!,
                                     ldb: inputFeatures, version: version)
                }
                output.withUnsafeMutableBufferPointer { y in
                    Gemm.multiply(transposeA: false, transposeB: true, m: batch, n: outputFeatures, k: inputFeatures,
                                  a: x.baseAddress!, lda: inputFeatures, b: w.baseAddress!, ldb: inputFeatures,
                                  beta: 1, c: y.baseAddress!, ldc: outputFeatures, packedB: packed)
                    if rectify { Elementwise.relu(y.baseAddress!, y.baseAddress!, count: y.count) }
                }
            }
        }
        return Tensor(shape: [batch, outputFeatures], scalars: output)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let batch = input.shape[0]
        precondition(outputGradient.shape == [batch, outputFeatures], "Dense output gradient has shape \(outputGradient.shape)")
        var inputGradient = [Float](repeating: 0, count: batch * inputFeatures)
        for n in 0..<batch {
            for o in 0..<outputFeatures { bias.gradient.scalars[o] += outputGradient.scalars[n * outputFeatures + o] }
        }
        outputGradient.scalars.withUnsafeBufferPointer { dy in
            input.scalars.withUnsafeBufferPointer { x in
                weight.gradient.scalars.withUnsafeMutableBufferPointer { dw in
                    Gemm.multiply(transposeA: true, transposeB: false, m: outputFeatures, n: inputFeatures, k: batch,
                                  a: dy.baseAddress!, lda: outputFeatures, b: x.baseAddress!, ldb: inputFeatures,
                                  beta: 1, c: dw.baseAddress!, ldc: inputFeatures)
                }
            }
            weight.value.scalars.withUnsafeBufferPointer { w in
                inputGradient.withUnsafeMutableBufferPointer { dx in
                    Gemm.multiply(transposeA: false, transposeB: false, m: batch, n: inputFeatures, k: outputFeatures,
                                  a: dy.baseAddress!, lda: outputFeatures, b: w.baseAddress!, ldb: inputFeatures,
                                  beta: 0, c: dx.baseAddress!, ldc: inputFeatures)
                }
            }
        }
        return Tensor(shape: [batch, inputFeatures], scalars: inputGradient)
    }

    public var parameters: [NamedParameter] {
        [NamedParameter(name: "weight", parameter: weight), NamedParameter(name: "bias", parameter: bias)]
    }

    public func resetParameters(using generator: inout SeededGenerator) {
        weight.value = initializer.tensor(shape: weight.value.shape, fanIn: inputFeatures, fanOut: outputFeatures,
                                          generator: &generator)
        bias.value = Tensor(shape: bias.value.shape)
    }

    public var configuration: LayerConfiguration {
        .dense(inputFeatures: inputFeatures, outputFeatures: outputFeatures, initializer: initializer)
    }
}
