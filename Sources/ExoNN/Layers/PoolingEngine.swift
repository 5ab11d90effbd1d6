/// Shared pooling machinery for the 1-D and 2-D pooling layers.
final class PoolingEngine {
    enum Kind { case max, average }

    let kind: Kind
    let sizeHeight: Int, sizeWidth: Int
    let strideHeight: Int, strideWidth: Int
    let padding: Padding
    private var geometry: WindowGeometry?
    private var batch = 0
    private var argmax: [Int32] = []
    private var inputShape1D: [Int] = []

    init(kind: Kind, sizeHeight: Int, sizeWidth: Int, strideHeight: Int, strideWidth: Int, padding: Padding) {
        precondition(sizeHeight > 0 && sizeWidth > 0 && strideHeight > 0 && strideWidth > 0,
                     "Pool size and stride must be positive")
        self.kind = kind
        self.sizeHeight = sizeHeight
        self.sizeWidth = sizeWidth
        self.strideHeight = strideHeight
        self.strideWidth = strideWidth
        self.padding = padding
    }

    /// Pools `input` `[batch, channels, height, width]`; only `training` keeps what `backward` needs
    /// (inference writes no state, so concurrent inference calls are safe).
    func forward(_ input: [Float], batch: Int, channels: Int, height: Int, width: Int, training: Bool)
        -> (scalars: [Float], height: Int, width: Int) {
        let g = WindowGeometry(channels: channels, inputHeight: height, inputWidth: width, kernelHeight: sizeHeight,
                               kernelWidth: sizeWidth, strideHeight: strideHeight, strideWidth: strideWidth,
                               padding: padding)
        if training {
            geometry = g
            self.batch = batch
        }
        let count = batch * channels * g.outputPlane
        var output = [Float](unsafeUninitializedCapacity: count) { _, initialized in
            initialized = count   // every value is written by the kernels
        }
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { out in
                switch kind {
                case .max where !training:
                    PoolingKernels.maxForward(g, batch: batch, input: source.baseAddress!, output: out.baseAddress!,
                                              argmax: nil)
                case .max:
                    if argmax.count != out.count { argmax = [Int32](repeating: 0, count: out.count) }
                    argmax.withUnsafeMutableBufferPointer { indices in
                        PoolingKernels.maxForward(g, batch: batch, input: source.baseAddress!,
                                                  output: out.baseAddress!, argmax: indices.baseAddress!)
                    }
                case .average:
                    PoolingKernels.averageForward(g, batch: batch, input: source.baseAddress!, output: out.baseAddress!)
                }
            }
        }
        return (output, g.outputHeight, g.outputWidth)
    }

    /// Pools `[batch, channels, length]` along its length (the 1-D layers); `layerName` names the layer in
    /// the shape check's message.
    func forward1D(_ input: Tensor, layerName: String, training: Bool) -> Tensor {
        precondition(input.rank == 3, "\(layerName) expects [batch, channels, length], got \(input.shape)")
        if training { inputShape1D = input.shape }
        let result = forward(input.scalars, batch: input.shape[0], channels: input.shape[1], height: 1,
                             width: input.shape[2], training: training)
        return Tensor(shape: [input.shape[0], input.shape[1], result.width], scalars: result.scalars)
    }

    /// The input gradient of the latest training ``forward1D(_:layerName:training:)``, shaped `[batch, channels, length]`.
    func backward1D(_ outputGradient: Tensor) -> Tensor {
        Tensor(shape: inputShape1D, scalars: backward(outputGradient.scalars))
    }

    func backward(_ outputGradient: [Float]) -> [Float] {
        guard let g = geometry else { preconditionFailure("backward called before a training forward") }
        var inputGradient = [Float](repeating: 0, count: batch * g.channels * g.inputPlane)
        outputGradient.withUnsafeBufferPointer { dOut in
            inputGradient.withUnsafeMutableBufferPointer { dIn in
                switch kind {
                case .max:
                    argmax.withUnsafeBufferPointer { indices in
                        for index in 0..<dOut.count where indices[index] >= 0 {
                            dIn[Int(indices[index])] += dOut[index]
                        }
                    }
                case .average:
                    PoolingKernels.averageBackward(g, batch: batch, outputGradient: dOut.baseAddress!,
                                                   inputGradient: dIn.baseAddress!)
                }
            }
        }
        return inputGradient
    }
}
