import ExoRandom
import XCTest
@testable import ExoNN

/// The fast kernels against naive twins (relative tolerance 1e-5 of the summed magnitudes).
final class KernelTests: XCTestCase {
    func testGemmMatchesReferenceForAllTranspositions() {
        let saved = KernelSelection.useAVX512
        defer { KernelSelection.useAVX512 = saved }
        for avx512 in [false, true] {
            KernelSelection.useAVX512 = avx512
            checkGemm()
        }
    }

    private func checkGemm() {
        var generator = SeededGenerator(seed: 1)
        for (m, n, k) in [(1, 1, 1), (5, 17, 3), (13, 33, 70), (37, 50, 300), (64, 129, 9), (70, 2100, 20)] {
            for transposeA in [false, true] {
                for transposeB in [false, true] {
                    let a = Tensor(shape: [m * k], standardDeviation: 1, generator: &generator).scalars
                    let b = Tensor(shape: [k * n], standardDeviation: 1, generator: &generator).scalars
                    let start = Tensor(shape: [m * n], standardDeviation: 1, generator: &generator).scalars
                    let lda = transposeA ? m : k, ldb = transposeB ? k : n
                    let product = Gemm.reference(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                                                 a: a, lda: lda, b: b, ldb: ldb)
                    var c = start
                    a.withUnsafeBufferPointer { pa in
                        b.withUnsafeBufferPointer { pb in
                            c.withUnsafeMutableBufferPointer { pc in
                                Gemm.multiply(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                                              alpha: 0.5, a: pa.baseAddress!, lda: lda, b: pb.baseAddress!, ldb: ldb,
                                              beta: 2, c: pc.baseAddress!, ldc: n)
                            }
                        }
                    }
                    for index in 0..<(m * n) {
                        let expected = 0.5 * product[index] + 2 * start[index]
                        XCTAssertEqual(c[index], expected, accuracy: 1e-5 * Float(k).squareRoot() * 4,
                                       "m \(m) n \(n) k \(k) tA \(transposeA) tB \(transposeB) AVX-512 \(KernelSelection.useAVX512)")
                    }
                }
            }
        }
    }

    func testConv1DMatchesDirectConvolution() {
        var generator = SeededGenerator(seed: 2)
        for (kernel, stride, padding, dilation) in [(5, 1, Padding.same, 1), (3, 2, .valid, 2), (4, 3, .same, 1)] {
            let conv = Conv1D(inputChannels: 3, outputChannels: 4, kernelSize: kernel, stride: stride,
                              padding: padding, dilation: dilation)
            conv.resetParameters(using: &generator)
            conv.bias.value = Tensor(shape: [4], standardDeviation: 1, generator: &generator)
            let input = Tensor(shape: [2, 3, 23], standardDeviation: 1, generator: &generator)
            let output = conv(input)
            let (length, padBefore) = padding.geometry(length: 23, kernel: kernel, stride: stride, dilation: dilation)
            XCTAssertEqual(output.shape, [2, 4, length])
            for n in 0..<2 {
                for o in 0..<4 {
                    for t in 0..<length {
                        var total = Double(conv.bias.value[o])
                        for c in 0..<3 {
                            for k in 0..<kernel {
                                let position = t * stride - padBefore + k * dilation
                                if position >= 0 && position < 23 {
                                    total += Double(conv.weight.value[o, c, k]) * Double(input[n, c, position])
                                }
                            }
                        }
                        XCTAssertEqual(Double(output[n, o, t]), total, accuracy: 1e-4)
                    }
                }
            }
        }
    }

    func testOutputLengthsFollowTensorFlow() {
        // AstroNet global column: 201 -(pool 5, stride 2)-> 99 -> 48 -> 22 -> 9 -> 3.
        var length = 201
        var lengths: [Int] = []
        for _ in 0..<5 {
            length = Padding.valid.geometry(length: length, kernel: 5, stride: 2, dilation: 1).output
            lengths.append(length)
        }
        XCTAssertEqual(lengths, [99, 48, 22, 9, 3])
        XCTAssertEqual(Padding.same.geometry(length: 61, kernel: 5, stride: 1, dilation: 1).output, 61)
        XCTAssertEqual(Padding.same.geometry(length: 10, kernel: 3, stride: 3, dilation: 1).output, 4)
        XCTAssertEqual(Padding.valid.geometry(length: 13, kernel: 3, stride: 2, dilation: 2).output, 5)
    }

    func testThreadCountDoesNotChangeResults() {
        var generator = SeededGenerator(seed: 3)
        let conv = Conv1D(inputChannels: 4, outputChannels: 8, kernelSize: 5)
        conv.resetParameters(using: &generator)
        let input = Tensor(shape: [6, 4, 40], standardDeviation: 1, generator: &generator)
        let saved = Threading.threadCount
        defer { Threading.threadCount = saved }
        Threading.threadCount = 1
        let single = conv(input)
        Threading.threadCount = 2
        XCTAssertEqual(conv(input), single)
    }

    func testMaxPool1DMatchesDirectMaximum() {
        var generator = SeededGenerator(seed: 4)
        // Stride 2 without left padding runs on the line's even and odd halves; (2, 2, same, 31) pads
        // only on the right, so its last vector of outputs must fall back to the scalar loop.
        for (size, stride, padding, length) in [(5, 2, Padding.valid, 201), (7, 2, .valid, 61), (4, 2, .same, 40),
                                                (3, 3, .same, 31), (7, 2, .valid, 28), (5, 2, .valid, 22), (2, 2, .same, 31)] {
            let input = Tensor(shape: [3, 2, length], standardDeviation: 1, generator: &generator)
            let output = MaxPool1D(size: size, stride: stride, padding: padding)(input)
            let (outputLength, padBefore) = padding.geometry(length: length, kernel: size, stride: stride, dilation: 1)
            XCTAssertEqual(output.shape, [3, 2, outputLength])
            for n in 0..<3 {
                for c in 0..<2 {
                    for t in 0..<outputLength {
                        let window = (t * stride - padBefore..<t * stride - padBefore + size).filter { $0 >= 0 && $0 < length }
                        XCTAssertEqual(output[n, c, t], window.map { input[n, c, $0] }.max(), "size \(size) stride \(stride)")
                    }
                }
            }
        }
    }

    /// Inference convolutions (patches packed from the padded input, bias and ReLU applied as the
    /// product is written) give the training path's values to the bit: short lines whose tiles cross
    /// samples, strides, dilation, and 60 channels (300 patch rows: two depth panels).
    func testInferenceConvolutionWithoutIm2colMatchesTrainingPath() {
        var generator = SeededGenerator(seed: 5)
        for (channels, kernel, stride, padding, dilation, length) in [
            (3, 5, 1, Padding.same, 1, 201), (3, 5, 1, .same, 1, 9), (3, 3, 2, .valid, 2, 23), (3, 4, 3, .same, 1, 30),
            (60, 5, 1, .same, 1, 22), (60, 5, 1, .same, 2, 7), (1, 5, 1, .same, 1, 61),
        ] {
            let conv = Conv1D(inputChannels: channels, outputChannels: 20, kernelSize: kernel, stride: stride,
                              padding: padding, dilation: dilation)
            conv.resetParameters(using: &generator)
            conv.bias.value = Tensor(shape: [20], standardDeviation: 1, generator: &generator)
            let input = Tensor(shape: [7, channels, length], standardDeviation: 1, generator: &generator)
            let training = conv.forward(input, training: true)
            let label = "channels \(channels) kernel \(kernel) stride \(stride) dilation \(dilation) length \(length)"
            XCTAssertEqual(conv.forward(input, training: false), training, label)
            XCTAssertEqual(conv.inferRectified(input), ReLU().forward(training, training: true), label)
            XCTAssertTrue(training.scalars.contains { $0 < 0 }, "the rectification must have something to do")
        }
    }
}
