/// Max and average pooling over `[batch, channels, height, width]` with a sliding window.
/// Padded positions are ignored: max takes the largest valid value, average divides by the
/// number of valid positions (TensorFlow's convention).
enum PoolingKernels {
    /// Max pooling; records the flat input index of each maximum in `argmax` for the backward pass.
    static func maxForward(_ g: WindowGeometry, batch: Int, input: UnsafePointer<Float>,
                           output: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>) {
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
}
