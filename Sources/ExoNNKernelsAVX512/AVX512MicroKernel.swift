/// The 6×32 SGEMM micro-kernel for CPUs with AVX-512: 12 `SIMD16<Float>` accumulators (ZMM
/// registers), two loads of B and six broadcasts of A per step, fused multiply-add.
///
/// This module is compiled for x86-64-v4 in release builds. ExoNN calls it only after checking at
/// run time that the CPU and operating system support AVX-512 (`avx512f/bw/cd/dq/vl`); never call
/// it directly on other CPUs.
public enum AVX512MicroKernel {
    /// Rows of the C tile (and of a packed A sliver).
    public static let rows = 6
    /// Columns of the C tile (and of a packed B sliver).
    public static let columns = 32

    /// `C[0..<6, 0..<32] (+)= alpha · Σₚ a[p][0..<6] ⊗ b[p][0..<32]` over packed slivers
    /// (`a`: `depth × 6`, `b`: `depth × 32`). With `overwrite`, C is replaced instead of added to.
    public static func multiply(depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
                                c: UnsafeMutablePointer<Float>, ldc: Int, alpha: Float, overwrite: Bool) {
        typealias V = SIMD16<Float>
        var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V()
        var c30 = V(), c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V()
        let rawB = UnsafeRawPointer(b)
        var pa = a
        var offset = 0
        for _ in 0..<depth {
            let b0 = rawB.loadUnaligned(fromByteOffset: offset, as: V.self)
            let b1 = rawB.loadUnaligned(fromByteOffset: offset + 64, as: V.self)
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
            offset += 128
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
    private static func store(_ low: SIMD16<Float>, _ high: SIMD16<Float>, to row: UnsafeMutablePointer<Float>,
                              overwrite: Bool) {
        let raw = UnsafeMutableRawPointer(row)
        if overwrite {
            raw.storeBytes(of: low, as: SIMD16<Float>.self)
            (raw + 64).storeBytes(of: high, as: SIMD16<Float>.self)
        } else {
            raw.storeBytes(of: raw.loadUnaligned(as: SIMD16<Float>.self) + low, as: SIMD16<Float>.self)
            (raw + 64).storeBytes(of: (raw + 64).loadUnaligned(as: SIMD16<Float>.self) + high, as: SIMD16<Float>.self)
        }
    }
}
