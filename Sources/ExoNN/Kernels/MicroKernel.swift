/// The 6×16 register-blocked SGEMM micro-kernel: 12 `SIMD8<Float>` accumulators (AVX2 YMM
/// registers), one broadcast of A and two loads of B per step, fused multiply-add.
enum MicroKernel {
    /// `C[0..<6, 0..<16] (+)= alpha · Σₚ a[p][0..<6] ⊗ b[p][0..<16]` over packed slivers.
    @inline(__always)
    static func run(depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>,
                    ldc: Int, alpha: Float, overwrite: Bool = false) {
        typealias V = SIMD8<Float>
        var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V()
        var c30 = V(), c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V()
        let rawB = UnsafeRawPointer(b)
        var pa = a
        var offset = 0
        for _ in 0..<depth {
            let b0 = rawB.loadUnaligned(fromByteOffset: offset, as: V.self)
            let b1 = rawB.loadUnaligned(fromByteOffset: offset + 32, as: V.self)
            var s = V(repeating: pa[0])
            c00.addProduct(s, b0); c01.addProduct(s, b1)
            s = V(repeating: pa[1])
            c10.addProduct(s, b0); c11.addProduct(s, b1)
            s = V(repeating: pa[2])
            c20.addProduct(s, b0); c21.addProduct(s, b1)
            s = V(repeating: pa[3])
            c30.addProduct(s, b0); c31.addProduct(s, b1)
            s = V(repeating: pa[4])
            c40.addProduct(s, b0); c41.addProduct(s, b1)
            s = V(repeating: pa[5])
            c50.addProduct(s, b0); c51.addProduct(s, b1)
            pa += 6
            offset += 64
        }
        let scale = V(repeating: alpha)
        store(c00 * scale, c01 * scale, to: c, overwrite: overwrite)
        store(c10 * scale, c11 * scale, to: c + ldc, overwrite: overwrite)
        store(c20 * scale, c21 * scale, to: c + 2 * ldc, overwrite: overwrite)
        store(c30 * scale, c31 * scale, to: c + 3 * ldc, overwrite: overwrite)
        store(c40 * scale, c41 * scale, to: c + 4 * ldc, overwrite: overwrite)
        store(c50 * scale, c51 * scale, to: c + 5 * ldc, overwrite: overwrite)
    }

    @inline(__always)
    private static func store(_ low: SIMD8<Float>, _ high: SIMD8<Float>, to row: UnsafeMutablePointer<Float>,
                              overwrite: Bool) {
        let raw = UnsafeMutableRawPointer(row)
        if overwrite {
            raw.storeBytes(of: low, as: SIMD8<Float>.self)
            (raw + 32).storeBytes(of: high, as: SIMD8<Float>.self)
        } else {
            raw.storeBytes(of: raw.loadUnaligned(as: SIMD8<Float>.self) + low, as: SIMD8<Float>.self)
            (raw + 32).storeBytes(of: (raw + 32).loadUnaligned(as: SIMD8<Float>.self) + high, as: SIMD8<Float>.self)
        }
    }
}
