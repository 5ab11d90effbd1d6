/// Single-precision matrix multiply on row-major matrices: `C = alpha * op(A) * op(B) + beta * C`,
/// where `op(A)` is `m × k` and `op(B)` is `k × n`. Internal; callers pass raw pointers.
enum Gemm {
    /// Computes `C = alpha * op(A) op(B) + beta * C`. `lda`, `ldb`, `ldc` are row strides of the
    /// matrices as stored (before transposition).
    static func multiply(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, packedB: PackedOperand? = nil
    ) {
        if m == 0 || n == 0 { return }
        // With beta 0 and something to multiply, the driver's first depth panel overwrites C: no zero-filling.
        let overwrite = beta == 0 && k > 0 && alpha != 0
        if beta != 1 && !overwrite {
            for i in 0..<m {
                let row = c + i * ldc
                if beta == 0 { row.update(repeating: 0, count: n) } else { for j in 0..<n { row[j] *= beta } }
            }
        }
        if k == 0 || alpha == 0 { return }
        GemmDriver.run(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                       a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc, packedB: packedB, overwrite: overwrite)
    }

    /// The 1-D convolution `output[n, o, t] = Σₚ W[o, p] · im2col(input)[p, n·P + t] + bias[o]`,
    /// rectified (`max(x, 0)`) when `rectify`, without building the im2col matrix: `weights` is
    /// `[out, channels · kernel]` (`packedWeights` the same, packed), `input` `[batch, channels, width]`,
    /// `output` `[batch, out, outputWidth]`. The sums are formed in the same order as `multiply` on the
    /// im2col matrix followed by adding the bias, so the result is the same to the bit. The bias and
    /// the rectification are applied to each block of the product as the multiply finishes it, and
    /// the padded input and the product live in reused scratch buffers.
    static func convolve(weights: UnsafePointer<Float>, packedWeights: PackedOperand? = nil, bias: UnsafePointer<Float>,
                         rectify: Bool, outputChannels: Int, input: UnsafePointer<Float>, geometry g: WindowGeometry,
                         batch: Int, output: UnsafeMutablePointer<Float>) {
        let n = batch * g.outputPlane
        if n == 0 { return }
        let reach = (g.outputWidth - 1) * g.strideWidth + (g.kernelWidth - 1) * g.dilationWidth   // last tap read
        let padRight = max(0, reach - g.padLeft - (g.inputWidth - 1))
        let padded = g.padLeft > 0 || padRight > 0
        let lineStride = g.padLeft + g.inputWidth + padRight
        let lines = batch * g.channels
        ScratchBuffers.withBuffer(count: outputChannels * n + (padded ? lines * lineStride : 0)) { scratch in
            var source = input
            if padded {
                let copy = scratch + outputChannels * n
                for line in 0..<lines {
                    let to = copy + line * lineStride
                    to.update(repeating: 0, count: g.padLeft)
                    (to + g.padLeft).update(from: input + line * g.inputWidth, count: g.inputWidth)
                    (to + g.padLeft + g.inputWidth).update(repeating: 0, count: padRight)
                }
                source = UnsafePointer(copy)
            }
            let epilogue = GemmDriver.ConvolutionOutput(bias: bias, rectify: rectify, output: output,
                                                        outputChannels: outputChannels, plane: g.outputPlane)
            GemmDriver.run(transposeA: false, transposeB: false, m: outputChannels, n: n, k: g.patchSize, alpha: 1,
                           a: weights, lda: g.patchSize, b: source, ldb: n, c: scratch, ldc: n,
                           patches: GemmDriver.PatchSource(lines: source, lineStride: lineStride, geometry: g),
                           packedA: packedWeights, overwrite: true, epilogue: epilogue)
        }
    }

    /// The textbook triple loop, in `Double`, as a reference for tests.
    static func reference(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        a: [Float], lda: Int, b: [Float], ldb: Int
    ) -> [Float] {
        var c = [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var total = 0.0
                for p in 0..<k {
                    let x = transposeA ? a[p * lda + i] : a[i * lda + p]
                    let y = transposeB ? b[j * ldb + p] : b[p * ldb + j]
                    total += Double(x) * Double(y)
                }
                c[i * n + j] = Float(total)
            }
        }
        return c
    }
}
