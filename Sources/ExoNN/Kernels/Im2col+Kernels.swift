/// Unfolding (im2col) and folding (col2im) of input planes for convolution by matrix multiply.
///
/// The unfolded matrix has `patchSize` rows and `columnStride` columns; sample `n` of the batch
/// fills columns `n * outputPlane ..< (n + 1) * outputPlane`, so one multiply covers the whole batch.
enum Im2col {
    /// Writes the patches of one sample (`input`: `[channels, height, width]`) into `columns`,
    /// starting at column `columnOffset` of a matrix with row stride `columnStride`. Padding reads 0.
    static func unfold(_ g: WindowGeometry, input: UnsafePointer<Float>, columns: UnsafeMutablePointer<Float>,
                       columnOffset: Int, columnStride: Int) {
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
}
