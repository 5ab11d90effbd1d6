/// The geometry of a sliding window (convolution or pooling) over `[channels, height, width]` planes.
/// 1-D layers use `height = 1`, `kernelHeight = 1`.
struct WindowGeometry: Equatable {
    var channels: Int
    var inputHeight: Int, inputWidth: Int
    var kernelHeight: Int, kernelWidth: Int
    var strideHeight: Int, strideWidth: Int
    var dilationHeight: Int, dilationWidth: Int
    var padTop: Int, padLeft: Int
    var outputHeight: Int, outputWidth: Int

    init(channels: Int, inputHeight: Int, inputWidth: Int, kernelHeight: Int, kernelWidth: Int,
         strideHeight: Int, strideWidth: Int, dilationHeight: Int = 1, dilationWidth: Int = 1, padding: Padding) {
        self.channels = channels
        self.inputHeight = inputHeight
        self.inputWidth = inputWidth
        self.kernelHeight = kernelHeight
        self.kernelWidth = kernelWidth
        self.strideHeight = strideHeight
        self.strideWidth = strideWidth
        self.dilationHeight = dilationHeight
        self.dilationWidth = dilationWidth
        let vertical = padding.geometry(length: inputHeight, kernel: kernelHeight, stride: strideHeight, dilation: dilationHeight)
        let horizontal = padding.geometry(length: inputWidth, kernel: kernelWidth, stride: strideWidth, dilation: dilationWidth)
        outputHeight = vertical.output
        outputWidth = horizontal.output
        padTop = vertical.padBefore
        padLeft = horizontal.padBefore
    }

    var inputPlane: Int { inputHeight * inputWidth }
    var outputPlane: Int { outputHeight * outputWidth }
    var kernelArea: Int { kernelHeight * kernelWidth }
    /// Rows of the unfolded (im2col) matrix: one per (channel, kernel row, kernel column).
    var patchSize: Int { channels * kernelArea }

    /// The input row range `oh` reads for kernel row `kh` is valid when `0 <= ih < inputHeight`.
    @inline(__always) func inputRow(output oh: Int, kernel kh: Int) -> Int {
        oh * strideHeight - padTop + kh * dilationHeight
    }

    @inline(__always) func inputColumn(output ow: Int, kernel kw: Int) -> Int {
        ow * strideWidth - padLeft + kw * dilationWidth
    }
}
