import ExoRandom

/// The shared machinery of `Conv1D` and `Conv2D`: weights `[out, in, kh, kw]`, bias `[out]`,
/// batched im2col + one matrix multiply per pass (1-D forward passes pack the patches straight from
/// the input; their im2col matrix is built only by `backward`), and workspaces reused across calls.
final class ConvolutionEngine {
    let inputChannels: Int, outputChannels: Int
    let kernelHeight: Int, kernelWidth: Int
    let strideHeight: Int, strideWidth: Int
    let dilationHeight: Int, dilationWidth: Int
    let padding: Padding
    let weight: Parameter
    let bias: Parameter

    private var geometry: WindowGeometry?
    private var batch = 0
    private var columns: [Float] = []        // [patchSize, batch * outputPlane], kept for backward
    private var unfoldedInput: [Float]?      // 1-D training input: its im2col matrix is built by backward
    private var product: [Float] = []        // [out, batch * outputPlane]
    private var columnGradient: [Float] = [] // [patchSize, batch * outputPlane]
    private let packedWeights = PackedWeights()  // 1-D inference

    init(inputChannels: Int, outputChannels: Int, kernelHeight: Int, kernelWidth: Int, strideHeight: Int,
         strideWidth: Int, dilationHeight: Int, dilationWidth: Int, padding: Padding, weightShape: [Int]? = nil) {
        precondition(inputChannels > 0 && outputChannels > 0, "Channel counts must be positive")
        precondition(kernelHeight > 0 && kernelWidth > 0 && strideHeight > 0 && strideWidth > 0
                     && dilationHeight > 0 && dilationWidth > 0, "Kernel, stride and dilation must be positive")
        self.inputChannels = inputChannels
        self.outputChannels = outputChannels
        self.kernelHeight = kernelHeight
        self.kernelWidth = kernelWidth
        self.strideHeight = strideHeight
        self.strideWidth = strideWidth
        self.dilationHeight = dilationHeight
        self.dilationWidth = dilationWidth
        self.padding = padding
        weight = Parameter(Tensor(shape: weightShape ?? [outputChannels, inputChannels, kernelHeight, kernelWidth]))
        bias = Parameter(Tensor(shape: [outputChannels]))
        var generator = SeededGenerator(seed: 0)
        resetParameters(using: &generator)
    }

    /// He-normal weights (fan-in = in × kh × kw), zero bias.
    func resetParameters(using generator: inout SeededGenerator) {
        let fanIn = inputChannels * kernelHeight * kernelWidth
        weight.value = Initializer.heNormal.tensor(
            shape: weight.value.shape, fanIn: fanIn, fanOut: outputChannels * kernelHeight * kernelWidth,
            generator: &generator)
        bias.value = Tensor(shape: [outputChannels])
    }

    /// The window geometry of this convolution over `height × width` planes.
    private func windowGeometry(height: Int, width: Int) -> WindowGeometry {
        WindowGeometry(
            channels: inputChannels, inputHeight: height, inputWidth: width, kernelHeight: kernelHeight,
            kernelWidth: kernelWidth, strideHeight: strideHeight, strideWidth: strideWidth,
            dilationHeight: dilationHeight, dilationWidth: dilationWidth, padding: padding)
    }

    /// `input`: `[N, in, H, W]` scalars; returns the output scalars and `(outH, outW)`.
    /// Only `training` keeps the im2col matrix and geometry for `backward`: inference writes no
    /// state, so concurrent inference calls (one per part of a batch) are safe.
    func forward(_ input: [Float], batch: Int, height: Int, width: Int, training: Bool) -> (scalars: [Float], height: Int, width: Int) {
        guard training else { return infer(input, batch: batch, height: height, width: width, rectify: false) }
        let g = windowGeometry(height: height, width: width)
        geometry = g
        self.batch = batch
        if g.inputHeight == 1 && g.kernelHeight == 1 {
            // 1-D: the inference pass (patches packed straight from the input); only backward needs the im2col matrix.
            unfoldedInput = input
            return infer(input, batch: batch, height: height, width: width, rectify: false)
        }
        unfoldedInput = nil
        let wide = batch * g.outputPlane
        resize(&product, outputChannels * wide)
        resize(&columns, g.patchSize * wide)
        input.withUnsafeBufferPointer { source in
            columns.withUnsafeMutableBufferPointer { cols in unfold(g, batch: batch, input: source.baseAddress!, columns: cols.baseAddress!) }
        }
        weight.value.scalars.withUnsafeBufferPointer { w in
            columns.withUnsafeBufferPointer { cols in
                product.withUnsafeMutableBufferPointer { prod in
                    Gemm.multiply(transposeA: false, transposeB: false, m: outputChannels, n: wide, k: g.patchSize,
                                  a: w.baseAddress!, lda: g.patchSize, b: cols.baseAddress!, ldb: wide,
                                  beta: 0, c: prod.baseAddress!, ldc: wide)
                }
            }
        }
        let count = batch * outputChannels * g.outputPlane
        let output = [Float](unsafeUninitializedCapacity: count) { out, initialized in
            product.withUnsafeBufferPointer {
                arrange($0.baseAddress!, batch: batch, plane: g.outputPlane, rectify: false, into: out.baseAddress!)
            }
            initialized = count
        }
        return (output, g.outputHeight, g.outputWidth)
    }

    /// The inference pass (`rectify`: followed by a ReLU, applied as the output is written), in
    /// scratch buffers shared between calls; 1-D convolutions read the patches straight from the
    /// input instead of building the im2col matrix. Same result as the training forward, to the bit.
    func infer(_ input: [Float], batch: Int, height: Int, width: Int, rectify: Bool) -> (scalars: [Float], height: Int, width: Int) {
        let g = windowGeometry(height: height, width: width)
        let wide = batch * g.outputPlane
        let count = outputChannels * wide
        let output = [Float](unsafeUninitializedCapacity: count) { out, initialized in
            input.withUnsafeBufferPointer { source in
                weight.value.scalars.withUnsafeBufferPointer { w in
                    bias.value.scalars.withUnsafeBufferPointer { b in
                        if g.inputHeight == 1 && g.kernelHeight == 1 {
                            let packed = packedWeights.operand(of: weight, sliver: GemmDriver.mr) { version in
                                GemmDriver.packA(transposed: false, m: outputChannels, k: g.patchSize, a: w.baseAddress!,
                                                 lda: g.patchSize, version: version)
                            }
                            Gemm.convolve(weights: w.baseAddress!, packedWeights: packed, bias: b.baseAddress!, rectify: rectify,
                                          outputChannels: outputChannels, input: source.baseAddress!, geometry: g,
                                          batch: batch, output: out.baseAddress!)
                        } else {
                            ScratchBuffers.withBuffer(count: (g.patchSize + outputChannels) * wide) { scratch in
                                let product = scratch + g.patchSize * wide
                                unfold(g, batch: batch, input: source.baseAddress!, columns: scratch)
                                Gemm.multiply(transposeA: false, transposeB: false, m: outputChannels, n: wide, k: g.patchSize,
                                              a: w.baseAddress!, lda: g.patchSize, b: scratch, ldb: wide,
                                              beta: 0, c: product, ldc: wide)
                                arrange(product, batch: batch, plane: g.outputPlane, rectify: rectify, into: out.baseAddress!)
                            }
                        }
                    }
                }
            }
            initialized = count   // every value is written
        }
        return (output, g.outputHeight, g.outputWidth)
    }

    /// Fills the im2col matrix `[patchSize, batch · outputPlane]` of `input` `[N, in, H, W]`.
    private func unfold(_ g: WindowGeometry, batch: Int, input: UnsafePointer<Float>, columns: UnsafeMutablePointer<Float>) {
        let plane = g.outputPlane, wide = batch * plane
        Threading.parallelFor(batch) { n in
            Im2col.unfold(g, input: input + n * inputChannels * g.inputPlane, columns: columns,
                          columnOffset: n * plane, columnStride: wide)
        }
    }

    /// Gradient of the last training forward: returns dInput scalars `[N, in, H, W]`.
    func backward(_ outputGradient: [Float]) -> [Float] {
        guard let g = geometry else { preconditionFailure("backward called before a training forward") }
        let plane = g.outputPlane
        let wide = batch * plane
        precondition(outputGradient.count == batch * outputChannels * plane, "Output gradient has the wrong size")
        resize(&columnGradient, g.patchSize * wide)
        resize(&product, outputChannels * wide)
        if let input = unfoldedInput {
            resize(&columns, g.patchSize * wide)
            input.withUnsafeBufferPointer { source in
                columns.withUnsafeMutableBufferPointer { cols in unfold(g, batch: batch, input: source.baseAddress!, columns: cols.baseAddress!) }
            }
        }
        // Rearrange dOut [N, out, P] into product [out, N * P]; accumulate the bias gradient.
        outputGradient.withUnsafeBufferPointer { dOut in
            product.withUnsafeMutableBufferPointer { prod in
                bias.gradient.scalars.withUnsafeMutableBufferPointer { db in
                    for n in 0..<batch {
                        for o in 0..<outputChannels {
                            let from = dOut.baseAddress! + (n * outputChannels + o) * plane
                            let to = prod.baseAddress! + o * wide + n * plane
                            var total: Float = 0
                            for p in 0..<plane {
                                to[p] = from[p]
                                total += from[p]
                            }
                            db[o] += total
                        }
                    }
                }
            }
        }
        product.withUnsafeBufferPointer { prod in
            columns.withUnsafeBufferPointer { cols in
                weight.gradient.scalars.withUnsafeMutableBufferPointer { dw in
                    Gemm.multiply(transposeA: false, transposeB: true, m: outputChannels, n: g.patchSize, k: wide,
                                  a: prod.baseAddress!, lda: wide, b: cols.baseAddress!, ldb: wide,
                                  beta: 1, c: dw.baseAddress!, ldc: g.patchSize)
                }
            }
            weight.value.scalars.withUnsafeBufferPointer { w in
                columnGradient.withUnsafeMutableBufferPointer { dCols in
                    Gemm.multiply(transposeA: true, transposeB: false, m: g.patchSize, n: wide, k: outputChannels,
                                  a: w.baseAddress!, lda: g.patchSize, b: prod.baseAddress!, ldb: wide,
                                  beta: 0, c: dCols.baseAddress!, ldc: wide)
                }
            }
        }
        var inputGradient = [Float](repeating: 0, count: batch * inputChannels * g.inputPlane)
        columnGradient.withUnsafeBufferPointer { dCols in
            inputGradient.withUnsafeMutableBufferPointer { dIn in
                let colsBase = dCols.baseAddress!, inBase = dIn.baseAddress!
                Threading.parallelFor(batch) { n in
                    Im2col.fold(g, columns: colsBase, columnOffset: n * plane, columnStride: wide,
                                inputGradient: inBase + n * inputChannels * g.inputPlane)
                }
            }
        }
        return inputGradient
    }

    /// `product` `[out, N·P]` rearranged into `output` `[N, out, P]`, with the bias added (and rectified).
    private func arrange(_ product: UnsafePointer<Float>, batch: Int, plane: Int, rectify: Bool,
                         into output: UnsafeMutablePointer<Float>) {
        bias.value.scalars.withUnsafeBufferPointer { b in
            GemmDriver.ConvolutionOutput(bias: b.baseAddress!, rectify: rectify, output: output,
                                         outputChannels: outputChannels, plane: plane)
                .apply(product, ldc: batch * plane, rows: 0..<outputChannels, columns: 0..<(batch * plane))
        }
    }

    private func resize(_ buffer: inout [Float], _ count: Int) {
        if buffer.count < count { buffer = [Float](repeating: 0, count: count) }
    }
}
