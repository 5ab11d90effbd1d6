/// Max and average pooling over `[batch, channels, height, width]` with a sliding window.
/// Padded positions are ignored: max takes the largest valid value, average divides by the
/// number of valid positions (TensorFlow's convention).
enum PoolingKernels {
    /// Max pooling; records the flat input index of each maximum in `argmax` (when given) for the
    /// backward pass.
    static func maxForward(_ g: WindowGeometry, batch: Int, input: UnsafePointer<Float>,
                           output: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>?) {
        if g.inputHeight == 1 && g.kernelHeight == 1 {
            maxForwardLine(g, batch: batch, input: input, output: output, argmax: argmax)
            return
        }
        for plane in 0..<(batch * g.channels) {
            let source = input + plane * g.inputPlane
            let base = plane * g.inputPlane
            for oh in 0..<g.outputHeight {
                for ow in 0..<g.outputWidth {
                    var best = -Float.infinity
                    var bestIndex = -1
                    for kh in 0..<g.kernelHeight {
                        let ih = g.inputRow(output: oh, kernel: kh)
                        if ih < 0 || ih >= g.inputHeight { continue }
                        for kw in 0..<g.kernelWidth {
                            let iw = g.inputColumn(output: ow, kernel: kw)
                            if iw < 0 || iw >= g.inputWidth { continue }
                            let value = source[ih * g.inputWidth + iw]
                            if value > best || bestIndex < 0 {
                                best = value
                                bestIndex = ih * g.inputWidth + iw
                            }
                        }
                    }
                    let out = plane * g.outputPlane + oh * g.outputWidth + ow
                    output[out] = bestIndex < 0 ? 0 : best
                    argmax?[out] = Int32(bestIndex < 0 ? -1 : base + bestIndex)
                }
            }
        }
    }

    /// Average pooling over the valid positions of each window.
    static func averageForward(_ g: WindowGeometry, batch: Int, input: UnsafePointer<Float>,
                               output: UnsafeMutablePointer<Float>) {
        for plane in 0..<(batch * g.channels) {
            let source = input + plane * g.inputPlane
            for oh in 0..<g.outputHeight {
                for ow in 0..<g.outputWidth {
                    var total: Float = 0
                    var valid = 0
                    forEachValid(g, oh, ow) { index in
                        total += source[index]
                        valid += 1
                    }
                    output[plane * g.outputPlane + oh * g.outputWidth + ow] = valid > 0 ? total / Float(valid) : 0
                }
            }
        }
    }

    /// Spreads each output gradient evenly over the valid positions of its window.
    static func averageBackward(_ g: WindowGeometry, batch: Int, outputGradient: UnsafePointer<Float>,
                                inputGradient: UnsafeMutablePointer<Float>) {
        for plane in 0..<(batch * g.channels) {
            let destination = inputGradient + plane * g.inputPlane
            for oh in 0..<g.outputHeight {
                for ow in 0..<g.outputWidth {
                    var valid = 0
                    forEachValid(g, oh, ow) { _ in valid += 1 }
                    if valid == 0 { continue }
                    let share = outputGradient[plane * g.outputPlane + oh * g.outputWidth + ow] / Float(valid)
                    forEachValid(g, oh, ow) { index in destination[index] += share }
                }
            }
        }
    }

    @inline(__always)
    private static func forEachValid(_ g: WindowGeometry, _ oh: Int, _ ow: Int, _ body: (Int) -> Void) {
        for kh in 0..<g.kernelHeight {
            let ih = g.inputRow(output: oh, kernel: kh)
            if ih < 0 || ih >= g.inputHeight { continue }
            for kw in 0..<g.kernelWidth {
                let iw = g.inputColumn(output: ow, kernel: kw)
                if iw >= 0 && iw < g.inputWidth { body(ih * g.inputWidth + iw) }
            }
        }
    }

    /// `maxForward` for 1-D signals (height 1). Stride 2 (AstroNet's pools) runs eight outputs at a
    /// time on the even lanes of 16-wide loads (at inference without left padding: on the line's
    /// even and odd halves, see `maxStrideTwo`); edges and other strides use the scalar loop.
    private static func maxForwardLine(_ g: WindowGeometry, batch: Int, input: UnsafePointer<Float>,
                                       output: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>?) {
        if g.strideWidth == 2 && g.padLeft == 0 && argmax == nil {
            withUnsafeTemporaryAllocation(of: Float.self, capacity: g.inputWidth + 1) { halves in
                for plane in 0..<(batch * g.channels) {
                    let line = input + plane * g.inputWidth
                    let out = output + plane * g.outputWidth
                    var ow = maxStrideTwo(g, line: line, out: out, halves: halves.baseAddress!)
                    while ow < g.outputWidth {
                        maxOutput(g, ow, line: line, base: 0, out: out, indices: nil)
                        ow += 1
                    }
                }
            }
            return
        }
        let lanes = SIMD8<Int32>(0, 2, 4, 6, 8, 10, 12, 14)
        for plane in 0..<(batch * g.channels) {
            let base = plane * g.inputWidth
            let line = input + base
            let out = output + plane * g.outputWidth
            let indices = argmax.map { $0 + plane * g.outputWidth }
            var ow = 0
            if g.strideWidth == 2 {
                while ow < g.outputWidth && 2 * ow - g.padLeft < 0 {
                    maxOutput(g, ow, line: line, base: base, out: out, indices: indices)
                    ow += 1
                }
                // Inference (no argmax): the same comparisons without the index bookkeeping.
                while indices == nil && ow + 8 <= g.outputWidth && 2 * ow - g.padLeft + g.kernelWidth + 14 < g.inputWidth {
                    let raw = UnsafeRawPointer(line + 2 * ow - g.padLeft)
                    var best = raw.loadUnaligned(as: SIMD16<Float>.self).evenHalf
                    for k in 1..<max(g.kernelWidth, 1) {
                        let value = raw.loadUnaligned(fromByteOffset: 4 * k, as: SIMD16<Float>.self).evenHalf
                        best.replace(with: value, where: value .> best)
                    }
                    UnsafeMutableRawPointer(out + ow).storeBytes(of: best, as: SIMD8<Float>.self)
                    ow += 8
                }
                while ow + 8 <= g.outputWidth && 2 * ow - g.padLeft + g.kernelWidth + 14 < g.inputWidth {
                    let start = 2 * ow - g.padLeft
                    let raw = UnsafeRawPointer(line + start)
                    var best = raw.loadUnaligned(as: SIMD16<Float>.self).evenHalf
                    let first = lanes &+ Int32(base + start)
                    var bestIndex = first
                    for k in 1..<max(g.kernelWidth, 1) {
                        let value = raw.loadUnaligned(fromByteOffset: 4 * k, as: SIMD16<Float>.self).evenHalf
                        let better = value .> best
                        best.replace(with: value, where: better)
                        bestIndex.replace(with: first &+ Int32(k), where: better)
                    }
                    UnsafeMutableRawPointer(out + ow).storeBytes(of: best, as: SIMD8<Float>.self)
                    if let indices { UnsafeMutableRawPointer(indices + ow).storeBytes(of: bestIndex, as: SIMD8<Int32>.self) }
                    ow += 8
                }
            }
            while ow < g.outputWidth {
                maxOutput(g, ow, line: line, base: base, out: out, indices: indices)
                ow += 1
            }
        }
    }

    /// Stride-2 max pooling of one line without left padding, eight outputs at a time, for inference:
    /// the line is split once into its even and odd positions (in `halves`, `inputWidth` long), so tap
    /// `k` of output `ow` is the plain load `even[ow + k/2]` (even `k`) or `odd[ow + k/2]` (odd `k`).
    /// The taps are compared in the same order as `maxOutput`. Returns how many outputs it wrote.
    private static func maxStrideTwo(_ g: WindowGeometry, line: UnsafePointer<Float>, out: UnsafeMutablePointer<Float>,
                                     halves: UnsafeMutablePointer<Float>) -> Int {
        let width = g.inputWidth
        let even = halves, odd = halves + (width + 1) / 2
        var i = 0
        while 2 * i + 16 <= width {
            let pair = UnsafeRawPointer(line + 2 * i).loadUnaligned(as: SIMD16<Float>.self)
            UnsafeMutableRawPointer(even + i).storeBytes(of: pair.evenHalf, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(odd + i).storeBytes(of: pair.oddHalf, as: SIMD8<Float>.self)
            i += 8
        }
        while 2 * i < width {
            even[i] = line[2 * i]
            if 2 * i + 1 < width { odd[i] = line[2 * i + 1] }
            i += 1
        }
        // Eight outputs at a time while all their windows lie inside the line (right padding: scalar).
        var ow = 0
        while ow + 8 <= g.outputWidth && 2 * (ow + 7) + g.kernelWidth <= width {
            var best = UnsafeRawPointer(even + ow).loadUnaligned(as: SIMD8<Float>.self)
            for k in 1..<max(g.kernelWidth, 1) {
                let half = k % 2 == 0 ? even : odd
                let value = UnsafeRawPointer(half + ow + k / 2).loadUnaligned(as: SIMD8<Float>.self)
                best.replace(with: value, where: value .> best)
            }
            UnsafeMutableRawPointer(out + ow).storeBytes(of: best, as: SIMD8<Float>.self)
            ow += 8
        }
        return ow
    }

    /// One output of the 1-D max pool (scalar).
    @inline(__always)
    private static func maxOutput(_ g: WindowGeometry, _ ow: Int, line: UnsafePointer<Float>, base: Int,
                                  out: UnsafeMutablePointer<Float>, indices: UnsafeMutablePointer<Int32>?) {
        let start = ow * g.strideWidth - g.padLeft
        let lo = max(start, 0), hi = min(start + g.kernelWidth, g.inputWidth)
        if lo >= hi {
            out[ow] = 0
            indices?[ow] = -1
            return
        }
        var best = lo
        var bestValue = line[lo]
        for iw in (lo + 1)..<max(hi, lo + 1) {
            let value = line[iw]
            let better = value > bestValue
            best = better ? iw : best
            bestValue = better ? value : bestValue
        }
        out[ow] = bestValue
        indices?[ow] = Int32(base + best)
    }
}
