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
        if beta != 1 {
            for i in 0..<m {
                let row = c + i * ldc
                if beta == 0 { row.update(repeating: 0, count: n) } else { for j in 0..<n { row[j] *= beta } }
            }
        }
        if k == 0 || alpha == 0 { return }
        GemmDriver.run(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                       a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc, packedB: packedB)
    }

    /// `C = W · im2col(input)` for 1-D signals without building the im2col matrix: `weights` is
    /// `[out, channels · kernel]` (`packedWeights` the same, packed), `input` `[batch, channels, width]`,
    /// `C` `[out, batch · outputWidth]`.
    static func convolve(weights: UnsafePointer<Float>, packedWeights: PackedOperand? = nil, outputChannels: Int,
                         input: UnsafePointer<Float>, geometry g: WindowGeometry, batch: Int, c: UnsafeMutablePointer<Float>) {
        let n = batch * g.outputPlane
        for i in 0..<outputChannels { (c + i * n).update(repeating: 0, count: n) }
        if n == 0 || g.patchSize == 0 { return }
        GemmDriver.run(transposeA: false, transposeB: false, m: outputChannels, n: n, k: g.patchSize, alpha: 1,
                       a: weights, lda: g.patchSize, b: input, ldb: n, c: c, ldc: n,
                       patches: GemmDriver.PatchSource(input: input, geometry: g), packedA: packedWeights)
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
