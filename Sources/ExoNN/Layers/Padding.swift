/// How a convolution or pooling window treats the edges of its input.
///
/// - `valid`: no padding; output length `(L - span) / stride + 1`, where `span = (K - 1) * dilation + 1`.
/// - `same`: zero padding (ignored by pooling) so that the output length is `ceil(L / stride)`;
///   the extra column goes to the end, as in TensorFlow.
public enum Padding: String, Codable, Sendable, CaseIterable {
    case same
    case valid

    /// The output length and leading padding for an axis of `length` with the given window.
    func geometry(length: Int, kernel: Int, stride: Int, dilation: Int) -> (output: Int, padBefore: Int) {
        let span = (kernel - 1) * dilation + 1
        switch self {
        case .valid:
            return (length >= span ? (length - span) / stride + 1 : 0, 0)
        case .same:
            let output = (length + stride - 1) / stride
            let total = max((output - 1) * stride + span - length, 0)
            return (output, total / 2)
        }
    }
}
