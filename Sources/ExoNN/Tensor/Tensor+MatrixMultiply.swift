/// The matrix product of `[m, k]` and `[k, n]` tensors (the fast SGEMM kernel), giving `[m, n]`.
public func matmul(_ lhs: Tensor, _ rhs: Tensor) -> Tensor {
    precondition(lhs.rank == 2 && rhs.rank == 2 && lhs.shape[1] == rhs.shape[0],
                 "matmul needs [m, k] and [k, n], got \(lhs.shape) and \(rhs.shape)")
    let m = lhs.shape[0], k = lhs.shape[1], n = rhs.shape[1]
    var result = [Float](repeating: 0, count: m * n)
    lhs.scalars.withUnsafeBufferPointer { a in
        rhs.scalars.withUnsafeBufferPointer { b in
            result.withUnsafeMutableBufferPointer { c in
                Gemm.multiply(transposeA: false, transposeB: false, m: m, n: n, k: k, a: a.baseAddress!, lda: k,
                              b: b.baseAddress!, ldb: n, beta: 0, c: c.baseAddress!, ldc: n)
            }
        }
    }
    return Tensor(shape: [m, n], scalars: result)
}
