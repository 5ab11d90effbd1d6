import ExoNNKernelsAVX512
import Foundation

/// Blocked, packed SGEMM (the Goto/BLIS scheme): `C += alpha · op(A) · op(B)` (or `C =` with
/// `overwrite`) for row-major matrices.
///
/// Panels of `op(B)` (`kc × nc`, in slivers of `nr` columns) and of `op(A)` (`mc × kc`, in slivers
/// of `mr = 6` rows) are packed into contiguous workspaces, then a register-blocked micro-kernel runs
/// over them: 6×32 with AVX-512 (`AVX512MicroKernel`) where the CPU has it, else 6×16 with AVX2/FMA
/// (`MicroKernel`); both keep 12 vector accumulators in registers (see `KernelSelection`).
/// The output is split into one rectangle per thread along its longer side; every element of `C`
/// is summed by one thread in a fixed order, so results do not depend on the thread count.
/// Workspaces come from a pool and are reused across calls: no allocation once warm.
enum GemmDriver {
    static let mr = 6
    static let widestNr = 32
    static let kc = 256
    static let mc = 96
    static let nc = 512

    struct Operands {
        var transposeA: Bool, transposeB: Bool
        var k: Int, alpha: Float
        var nr: Int, useAVX512: Bool
        var a: UnsafePointer<Float>, lda: Int
        var b: UnsafePointer<Float>, ldb: Int
        var c: UnsafeMutablePointer<Float>, ldc: Int
        /// When set, `op(B)` is the im2col matrix of these 1-D signals, packed straight from the input.
        var patches: PatchSource? = nil
        /// `C = alpha · op(A) · op(B)`: C is not read, the first depth panel overwrites it.
        var overwrite = false
        /// When set, each finished block of C goes through this epilogue.
        var epilogue: ConvolutionOutput? = nil
        /// When set, `op(A)` (or `op(B)`) already packed: no packing in the call.
        var packedA: PackedOperand? = nil, packedB: PackedOperand? = nil
    }

    /// 1-D signals `[batch, channels, width]` whose im2col matrix (`channels · kernel` rows,
    /// `batch · outputWidth` columns) is the B operand, read without materialising it. `lines` holds
    /// the input lines `lineStride` apart, each with its left padding in place (zeros) and enough
    /// zeros after it that every tap reads inside the line: row `c·K + k`, column `n·outputWidth + t`
    /// of the im2col matrix is `lines[(n·channels + c)·lineStride + t·stride + k·dilation]`.
    struct PatchSource {
        var lines: UnsafePointer<Float>
        var lineStride: Int
        var geometry: WindowGeometry
    }

    /// The end of a convolution's multiply, run on each finished block of C (rows `o`, columns
    /// `n·plane + t`) while it is still in cache: adds `bias[o]`, rectifies (`max(x, 0)`, as `ReLU`)
    /// when asked, and writes the result in the layer's output layout `output[n, o, t]`.
    struct ConvolutionOutput {
        var bias: UnsafePointer<Float>
        var rectify: Bool
        var output: UnsafeMutablePointer<Float>
        var outputChannels: Int
        var plane: Int

        func apply(_ c: UnsafePointer<Float>, ldc: Int, rows: Range<Int>, columns: Range<Int>) {
            for o in rows {
                let shift = bias[o]
                var column = columns.lowerBound
                while column < columns.upperBound {
                    let sample = column / plane, t = column - sample * plane
                    let run = min(plane - t, columns.upperBound - column)
                    let from = c + o * ldc + column
                    let to = output + (sample * outputChannels + o) * plane + t
                    if rectify {
                        for i in 0..<run {
                            let value = from[i] + shift
                            to[i] = value < 0 ? 0 : value
                        }
                    } else {
                        for i in 0..<run { to[i] = from[i] + shift }
                    }
                    column += run
                }
            }
        }
    }

    static func run(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int, patches: PatchSource? = nil,
        packedA: PackedOperand? = nil, packedB: PackedOperand? = nil, overwrite: Bool = false,
        epilogue: ConvolutionOutput? = nil
    ) {
        let useAVX512 = KernelSelection.useAVX512
        let nr = columnsPerTile
        precondition(packedA.map { $0.width == m && $0.depth == k && $0.sliver == mr } ?? true, "packed A does not fit")
        precondition(packedB.map { $0.width == n && $0.depth == k && $0.sliver == nr } ?? true, "packed B does not fit")
        let operands = Operands(transposeA: transposeA, transposeB: transposeB, k: k, alpha: alpha,
                                nr: nr, useAVX512: useAVX512, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc,
                                patches: patches, overwrite: overwrite, epilogue: epilogue, packedA: packedA, packedB: packedB)
        // Only split when there is enough work (about 1 MFLOP per thread) and room for whole tiles.
        let work = m * n * k
        let threads = work < 1 << 19 ? 1 : Threading.availableThreads
        // Each thread packs all of the operand it does not split: A (m × k) when the columns are
        // split, B (k × n) when the rows are. Split the columns when that duplicates less, i.e.
        // when n ≥ m, as long as there is a column tile for every thread.
        let columnTiles = (n + nr - 1) / nr, rowTiles = (m + mr - 1) / mr
        let splitColumns = columnTiles >= min(threads, rowTiles) && (n >= m || columnTiles >= rowTiles)
        let tiles = splitColumns ? columnTiles : rowTiles
        let chunks = max(1, min(threads, tiles))
        Threading.parallelFor(chunks) { chunk in
            let first = tiles * chunk / chunks, last = tiles * (chunk + 1) / chunks
            if splitColumns {
                compute(operands, rows: 0..<m, columns: (first * nr)..<min(last * nr, n))
            } else {
                compute(operands, rows: (first * mr)..<min(last * mr, m), columns: 0..<n)
            }
        }
    }

    /// Columns of the micro-kernel's tile on this CPU (the width of a packed B sliver).
    static var columnsPerTile: Int { KernelSelection.useAVX512 ? AVX512MicroKernel.columns : 16 }

    /// `op(A)` (`m × k`) packed whole, for `run(packedA:)`.
    static func packA(transposed: Bool, m: Int, k: Int, a: UnsafePointer<Float>, lda: Int, version: Int) -> PackedOperand {
        let packed = PackedOperand(width: m, depth: k, sliver: mr, version: version)
        let o = Operands(transposeA: transposed, transposeB: false, k: k, alpha: 1, nr: columnsPerTile, useAVX512: false,
                         a: a, lda: lda, b: a, ldb: 0, c: packed.scalars, ldc: 0)
        var pc = 0
        while pc < k {
            packA(o, rows: 0, height: m, depth: pc, count: min(kc, k - pc), into: packed.scalars + pc * packed.paddedWidth)
            pc += kc
        }
        return packed
    }

    /// `op(B)` (`k × n`) packed whole, for `run(packedB:)`.
    static func packB(transposed: Bool, k: Int, n: Int, b: UnsafePointer<Float>, ldb: Int, version: Int) -> PackedOperand {
        let nr = columnsPerTile
        let packed = PackedOperand(width: n, depth: k, sliver: nr, version: version)
        let o = Operands(transposeA: false, transposeB: transposed, k: k, alpha: 1, nr: nr, useAVX512: false,
                         a: b, lda: 0, b: b, ldb: ldb, c: packed.scalars, ldc: 0)
        var pc = 0
        while pc < k {
            packB(o, rows: pc, count: min(kc, k - pc), columns: 0, width: n, into: packed.scalars + pc * packed.paddedWidth)
            pc += kc
        }
        return packed
    }

    private static func compute(_ o: Operands, rows: Range<Int>, columns: Range<Int>) {
        if rows.isEmpty || columns.isEmpty { return }
        let workspace = GemmWorkspace.take()
        defer { GemmWorkspace.give(workspace) }
        var jc = columns.lowerBound
        while jc < columns.upperBound {
            let nb = min(nc, columns.upperBound - jc)
            var pc = 0
            while pc < o.k {
                let kb = min(kc, o.k - pc)
                let panelB: UnsafePointer<Float>
                if let packed = o.packedB {
                    panelB = UnsafePointer(packed.scalars + pc * packed.paddedWidth + (jc / o.nr) * kb * o.nr)
                } else if let patches = o.patches {
                    packPatches(patches, nr: o.nr, rows: pc, count: kb, columns: jc, width: nb, into: workspace.packedB)
                    panelB = UnsafePointer(workspace.packedB)
                } else {
                    packB(o, rows: pc, count: kb, columns: jc, width: nb, into: workspace.packedB)
                    panelB = UnsafePointer(workspace.packedB)
                }
                var ic = rows.lowerBound
                while ic < rows.upperBound {
                    let mb = min(mc, rows.upperBound - ic)
                    let panelA: UnsafePointer<Float>
                    if let packed = o.packedA {
                        panelA = UnsafePointer(packed.scalars + pc * packed.paddedWidth + (ic / mr) * kb * mr)
                    } else {
                        packA(o, rows: ic, height: mb, depth: pc, count: kb, into: workspace.packedA)
                        panelA = UnsafePointer(workspace.packedA)
                    }
                    macroKernel(o, rowStart: ic, height: mb, columnStart: jc, width: nb, depth: kb, panelA: panelA,
                                panelB: panelB, edge: workspace.edge, overwrite: o.overwrite && pc == 0)
                    ic += mb
                }
                pc += kb
            }
            o.epilogue?.apply(o.c, ldc: o.ldc, rows: rows, columns: jc..<(jc + nb))
            jc += nb
        }
    }

    /// Packs `op(B)[p0..<p0+kb, j0..<j0+nb]` as slivers `[sliver][p][nr]`, zero-padded on the right.
    private static func packB(_ o: Operands, rows p0: Int, count kb: Int, columns j0: Int, width nb: Int,
                              into packed: UnsafeMutablePointer<Float>) {
        var sliver = 0
        while sliver * o.nr < nb {
            let start = j0 + sliver * o.nr
            let valid = min(o.nr, nb - sliver * o.nr)
            let destination = packed + sliver * kb * o.nr
            if !o.transposeB {
                for p in 0..<kb {
                    let source = o.b + (p0 + p) * o.ldb + start
                    let out = destination + p * o.nr
                    if valid == o.nr {
                        for j in 0..<o.nr { out[j] = source[j] }
                    } else {
                        for j in 0..<valid { out[j] = source[j] }
                        for j in valid..<o.nr { out[j] = 0 }
                    }
                }
            } else {
                // Row by row of the sliver: contiguous writes, one read from each of `valid` source rows.
                let source = o.b + start * o.ldb + p0
                for p in 0..<kb {
                    let out = destination + p * o.nr
                    for j in 0..<valid { out[j] = source[j * o.ldb + p] }
                    for j in valid..<o.nr { out[j] = 0 }
                }
            }
            sliver += 1
        }
    }

    /// Packs rows `p0..<p0+kb`, columns `j0..<j0+nb` of the im2col matrix of `source` like `packB`.
    /// The padding is already in `source.lines`, so no read needs a bounds check. With stride 1 a
    /// sliver's columns are runs of consecutive positions in one sample each (one run unless it
    /// crosses samples), copied a vector at a time; other strides gather through offsets worked
    /// out once per sliver.
    private static func packPatches(_ source: PatchSource, nr: Int, rows p0: Int, count kb: Int, columns j0: Int,
                                    width nb: Int, into packed: UnsafeMutablePointer<Float>) {
        let g = source.geometry
        let outputs = g.outputWidth, kernel = g.kernelWidth, dilation = g.dilationWidth
        let lineStride = source.lineStride, sampleStride = g.channels * lineStride
        let firstChannel = p0 / kernel, firstTap = p0 % kernel
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * nr) { scratch in
            // Stride 1: run r covers sliver columns runStart[r] ..< runStart[r] + runLength[r], read
            // from lines[runOffset[r] + row offset ...]. Other strides: column j reads lines[runOffset[j] + row offset].
            let runStart = scratch.baseAddress!, runLength = runStart + nr, runOffset = runLength + nr
            var sliver = 0
            while sliver * nr < nb {
                let start = j0 + sliver * nr
                let valid = min(nr, nb - sliver * nr)
                let destination = packed + sliver * kb * nr
                var n = start / outputs, t = start % outputs
                var runs = 0
                if g.strideWidth == 1 {
                    var j = 0
                    while j < valid {
                        let length = min(outputs - t, valid - j)
                        runStart[runs] = j
                        runLength[runs] = length
                        runOffset[runs] = n * sampleStride + t
                        runs += 1
                        j += length
                        t = 0
                        n += 1
                    }
                } else {
                    for j in 0..<valid {
                        runOffset[j] = n * sampleStride + t * g.strideWidth
                        t += 1
                        if t == outputs {
                            t = 0
                            n += 1
                        }
                    }
                }
                var channel = firstChannel, tap = firstTap
                for p in 0..<kb {
                    let from = source.lines + channel * lineStride + tap * dilation
                    let out = destination + p * nr
                    if g.strideWidth == 1 {
                        for r in 0..<runs {
                            copy(from + runOffset[r], to: out + runStart[r], count: runLength[r])
                        }
                    } else {
                        for j in 0..<valid { out[j] = from[runOffset[j]] }
                    }
                    for j in valid..<nr { out[j] = 0 }
                    tap += 1
                    if tap == kernel {
                        tap = 0
                        channel += 1
                    }
                }
                sliver += 1
            }
        }
    }

    /// `count` floats from `source` to `destination`, eight at a time, then one at a time.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<Float>, to destination: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            Elementwise.store(Elementwise.load(source + i), destination + i)
            i += 8
        }
        while i < count {
            destination[i] = source[i]
            i += 1
        }
    }

    /// Packs `op(A)[i0..<i0+mb, p0..<p0+kb]` as slivers `[sliver][p][mr]`, zero-padded at the bottom.
    private static func packA(_ o: Operands, rows i0: Int, height mb: Int, depth p0: Int, count kb: Int,
                              into packed: UnsafeMutablePointer<Float>) {
        var sliver = 0
        while sliver * mr < mb {
            let start = i0 + sliver * mr
            let valid = min(mr, mb - sliver * mr)
            let destination = packed + sliver * kb * mr
            if o.transposeA {
                for p in 0..<kb {
                    let source = o.a + (p0 + p) * o.lda + start
                    let out = destination + p * mr
                    for i in 0..<valid { out[i] = source[i] }
                    for i in valid..<mr { out[i] = 0 }
                }
            } else {
                if valid < mr {
                    for p in 0..<kb { for i in valid..<mr { destination[p * mr + i] = 0 } }
                }
                for i in 0..<valid {
                    let source = o.a + (start + i) * o.lda + p0
                    for p in 0..<kb { destination[p * mr + i] = source[p] }
                }
            }
            sliver += 1
        }
    }

    private static func macroKernel(_ o: Operands, rowStart: Int, height mb: Int, columnStart: Int, width nb: Int,
                                    depth kb: Int, panelA: UnsafePointer<Float>, panelB: UnsafePointer<Float>,
                                    edge: UnsafeMutablePointer<Float>, overwrite: Bool) {
        var jr = 0
        while jr < nb {
            let nr = o.nr
            let columnsHere = min(nr, nb - jr)
            let packedB = panelB + (jr / o.nr) * kb * o.nr
            var ir = 0
            while ir < mb {
                let rowsHere = min(mr, mb - ir)
                let packedA = panelA + (ir / mr) * kb * mr
                let c = o.c + (rowStart + ir) * o.ldc + columnStart + jr
                if rowsHere == mr && columnsHere == nr {
                    tile(o, depth: kb, a: packedA, b: packedB, c: c, ldc: o.ldc, overwrite: overwrite)
                } else {
                    tile(o, depth: kb, a: packedA, b: packedB, c: edge, ldc: nr, overwrite: true)
                    for i in 0..<rowsHere {
                        if overwrite {
                            for j in 0..<columnsHere { c[i * o.ldc + j] = edge[i * nr + j] }
                        } else {
                            for j in 0..<columnsHere { c[i * o.ldc + j] += edge[i * nr + j] }
                        }
                    }
                }
                ir += mr
            }
            jr += o.nr
        }
    }

    @inline(__always)
    private static func tile(_ o: Operands, depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
                             c: UnsafeMutablePointer<Float>, ldc: Int, overwrite: Bool) {
        if o.useAVX512 {
            AVX512MicroKernel.multiply(depth: depth, a: a, b: b, c: c, ldc: ldc, alpha: o.alpha, overwrite: overwrite)
        } else {
            MicroKernel.run(depth: depth, a: a, b: b, c: c, ldc: ldc, alpha: o.alpha, overwrite: overwrite)
        }
    }
}

/// Packing buffers for one GEMM thread, kept in a pool and reused across calls.
final class GemmWorkspace {
    let packedA: UnsafeMutablePointer<Float>
    let packedB: UnsafeMutablePointer<Float>
    let edge: UnsafeMutablePointer<Float>

    private init() {
        packedA = .allocate(capacity: GemmDriver.mc * GemmDriver.kc)
        packedB = .allocate(capacity: GemmDriver.kc * (GemmDriver.nc + GemmDriver.widestNr))
        edge = .allocate(capacity: GemmDriver.mr * GemmDriver.widestNr)
    }

    nonisolated(unsafe) private static var pool: [GemmWorkspace] = []
    private static let lock = NSLock()

    static func take() -> GemmWorkspace {
        lock.lock()
        defer { lock.unlock() }
        return pool.popLast() ?? GemmWorkspace()
    }

    static func give(_ workspace: GemmWorkspace) {
        lock.lock()
        pool.append(workspace)
        lock.unlock()
    }
}

/// A matrix operand packed whole in the layout the micro-kernels read (panels of `kc` rows of depth,
/// each `paddedWidth` wide in slivers of `sliver`), so weights reused across calls are packed once.
final class PackedOperand: @unchecked Sendable {
    /// Rows of `op(A)` or columns of `op(B)`.
    let width: Int
    /// The shared dimension `k`.
    let depth: Int
    /// Rows (A) or columns (B) per sliver.
    let sliver: Int
    /// `width` rounded up to whole slivers.
    let paddedWidth: Int
    /// The parameter version the values were packed from.
    let version: Int
    let scalars: UnsafeMutablePointer<Float>

    init(width: Int, depth: Int, sliver: Int, version: Int) {
        self.width = width
        self.depth = depth
        self.sliver = sliver
        self.version = version
        paddedWidth = (width + sliver - 1) / sliver * sliver
        scalars = .allocate(capacity: max(paddedWidth * depth, 1))
    }

    deinit { scalars.deallocate() }
}
