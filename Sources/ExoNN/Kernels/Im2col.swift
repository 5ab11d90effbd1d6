/// Unfolding (im2col) and folding (col2im) of input planes for convolution by matrix multiply.
///
/// The unfolded matrix has `patchSize` rows and `columnStride` columns; sample `n` of the batch
/// fills columns `n * outputPlane ..< (n + 1) * outputPlane`, so one multiply covers the whole batch.
enum Im2col {
    /// Writes the patches of one sample (`input`: `[channels, height, width]`) into `columns`,
    /// starting at column `columnOffset` of a matrix with row stride `columnStride`. Padding reads 0.
    static func unfold(_ g: WindowGeometry, input: UnsafePointer<Float>, columns: UnsafeMutablePointer<Float>,
                       columnOffset: Int, columnStride: Int) {
        if g.inputHeight == 1 && g.kernelHeight == 1 {
            unfoldLine(g, input: input, columns: columns, columnOffset: columnOffset, columnStride: columnStride)
            return
        }
        var row = 0
        for channel in 0..<g.channels {
            let plane = input + channel * g.inputPlane
            for kh in 0..<g.kernelHeight {
                for kw in 0..<g.kernelWidth {
                    let destination = columns + row * columnStride + columnOffset
                    for oh in 0..<g.outputHeight {
                        let ih = g.inputRow(output: oh, kernel: kh)
                        let out = destination + oh * g.outputWidth
                        if ih < 0 || ih >= g.inputHeight {
                            out.update(repeating: 0, count: g.outputWidth)
                            continue
                        }
                        let source = plane + ih * g.inputWidth
                        for ow in 0..<g.outputWidth {
                            let iw = g.inputColumn(output: ow, kernel: kw)
                            out[ow] = (iw >= 0 && iw < g.inputWidth) ? source[iw] : 0
                        }
                    }
                    row += 1
                }
            }
        }
    }

    /// Adds the patch gradients of one sample back onto its input gradient (`[channels, height, width]`).
    static func fold(_ g: WindowGeometry, columns: UnsafePointer<Float>, columnOffset: Int, columnStride: Int,
                     inputGradient: UnsafeMutablePointer<Float>) {
        if g.inputHeight == 1 && g.kernelHeight == 1 {
            foldLine(g, columns: columns, columnOffset: columnOffset, columnStride: columnStride, inputGradient: inputGradient)
            return
        }
        var row = 0
        for channel in 0..<g.channels {
            let plane = inputGradient + channel * g.inputPlane
            for kh in 0..<g.kernelHeight {
                for kw in 0..<g.kernelWidth {
                    let source = columns + row * columnStride + columnOffset
                    for oh in 0..<g.outputHeight {
                        let ih = g.inputRow(output: oh, kernel: kh)
                        if ih < 0 || ih >= g.inputHeight { continue }
                        let destination = plane + ih * g.inputWidth
                        let from = source + oh * g.outputWidth
                        for ow in 0..<g.outputWidth {
                            let iw = g.inputColumn(output: ow, kernel: kw)
                            if iw >= 0 && iw < g.inputWidth { destination[iw] += from[ow] }
                        }
                    }
                    row += 1
                }
            }
        }
    }

    /// The outputs `lo..<hi` whose tap `kw` reads inside the line, for 1-D geometry.
    @inline(__always)
    private static func validOutputs(_ g: WindowGeometry, tap kw: Int) -> (start: Int, lo: Int, hi: Int) {
        let start = kw * g.dilationWidth - g.padLeft   // input index read by output 0
        let stride = g.strideWidth
        let lo = start >= 0 ? 0 : (-start + stride - 1) / stride
        let hi = g.inputWidth - 1 - start < 0 ? 0 : min(g.outputWidth, (g.inputWidth - 1 - start) / stride + 1)
        return (start, min(lo, hi), hi)
    }

    /// `unfold` for 1-D signals (height 1): contiguous copies when the stride is 1.
    private static func unfoldLine(_ g: WindowGeometry, input: UnsafePointer<Float>,
                                   columns: UnsafeMutablePointer<Float>, columnOffset: Int, columnStride: Int) {
        for channel in 0..<g.channels {
            let line = input + channel * g.inputWidth
            for kw in 0..<g.kernelWidth {
                let out = columns + (channel * g.kernelWidth + kw) * columnStride + columnOffset
                let (start, lo, hi) = validOutputs(g, tap: kw)
                out.update(repeating: 0, count: lo)
                if g.strideWidth == 1 {
                    (out + lo).update(from: line + start + lo, count: hi - lo)
                } else {
                    for ow in lo..<hi { out[ow] = line[ow * g.strideWidth + start] }
                }
                (out + hi).update(repeating: 0, count: g.outputWidth - hi)
            }
        }
    }

    /// `fold` for 1-D signals (height 1).
    private static func foldLine(_ g: WindowGeometry, columns: UnsafePointer<Float>, columnOffset: Int,
                                 columnStride: Int, inputGradient: UnsafeMutablePointer<Float>) {
        for channel in 0..<g.channels {
            let line = inputGradient + channel * g.inputWidth
            for kw in 0..<g.kernelWidth {
                let from = columns + (channel * g.kernelWidth + kw) * columnStride + columnOffset
                let (start, lo, hi) = validOutputs(g, tap: kw)
                if g.strideWidth == 1 {
                    let to = line + start
                    for ow in lo..<hi { to[ow] += from[ow] }
                } else {
                    for ow in lo..<hi { line[ow * g.strideWidth + start] += from[ow] }
                }
            }
        }
    }
}
