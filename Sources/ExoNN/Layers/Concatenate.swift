/// Joins several tensors along axis 1 (channels or features); all other axes must agree.
///
/// `[N, 768]` and `[N, 416]` give `[N, 1184]`; `[N, 16, L]` and `[N, 8, L]` give `[N, 24, L]`.
/// It has several inputs, so it is not a `Layer`; `MultiInputModel` uses it to join its columns.
public final class Concatenate {
    private var inputShapes: [[Int]] = []

    /// A concatenation along axis 1.
    public init() {}

    /// Joins `inputs` along axis 1; with `training` it remembers their shapes for `backward`.
    public func forward(_ inputs: [Tensor], training: Bool = true) -> Tensor {
        precondition(!inputs.isEmpty, "Concatenate needs at least one input")
        let batch = inputs[0].shape[0]
        let trailing = Array(inputs[0].shape.dropFirst(2))
        for input in inputs {
            precondition(input.rank >= 2 && input.shape[0] == batch && Array(input.shape.dropFirst(2)) == trailing,
                         "Concatenate inputs must agree on every axis but 1, got \(inputs.map(\.shape))")
        }
        if training { inputShapes = inputs.map(\.shape) }
        let blocks = inputs.map { $0.count / max(batch, 1) }
        let width = blocks.reduce(0, +)
        var output = [Float](repeating: 0, count: batch * width)
        for n in 0..<batch {
            var offset = n * width
            for (input, block) in zip(inputs, blocks) {
                output.replaceSubrange(offset..<offset + block, with: input.scalars[n * block..<(n + 1) * block])
                offset += block
            }
        }
        let channels = inputs.reduce(0) { $0 + $1.shape[1] }
        return Tensor(shape: [batch, channels] + trailing, scalars: output)
    }

    /// Splits the output gradient back into one gradient per input.
    public func backward(_ outputGradient: Tensor) -> [Tensor] {
        let batch = outputGradient.shape[0]
        let blocks = inputShapes.map { $0.reduce(1, *) / max(batch, 1) }
        let width = blocks.reduce(0, +)
        var start = 0
        return zip(inputShapes, blocks).map { shape, block in
            var scalars = [Float](repeating: 0, count: batch * block)
            for n in 0..<batch {
                let from = n * width + start
                scalars.replaceSubrange(n * block..<(n + 1) * block, with: outputGradient.scalars[from..<from + block])
            }
            start += block
            return Tensor(shape: shape, scalars: scalars)
        }
    }
}
