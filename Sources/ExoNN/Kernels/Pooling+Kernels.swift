/// Max and average pooling over `[batch, channels, height, width]` with a sliding window.
/// Padded positions are ignored: max takes the largest valid value, average divides by the
/// number of valid positions (TensorFlow's convention).
enum PoolingKernels {
    /// Max pooling; records the flat input index of each maximum in `argmax` for the backward pass.
    static func maxForward(_ g: WindowGeometry, batch: Int, input: UnsafePointer<Float>,
                           output: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>) {
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
                    argmax[out] = Int32(bestIndex < 0 ? -1 : base + bestIndex)
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

    /// `maxForward` for 1-D signals (height 1).
    private static func maxForwardLine(_ g: WindowGeometry, batch: Int, input: UnsafePointer<Float>,
                                       output: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>) {
        for plane in 0..<(batch * g.channels) {
            let base = plane * g.inputWidth
            let line = input + base
            let out = output + plane * g.outputWidth
            let indices = argmax + plane * g.outputWidth
            for ow in 0..<g.outputWidth {
                let start = ow * g.strideWidth - g.padLeft
                let lo = max(start, 0), hi = min(start + g.kernelWidth, g.inputWidth)
                if lo >= hi {
                    out[ow] = 0
                    indices[ow] = -1
                    continue
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
                indices[ow] = Int32(base + best)
            }
        }
    }
}
