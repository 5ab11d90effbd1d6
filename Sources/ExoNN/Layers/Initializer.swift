import ExoRandom

/// Seeded weight initialisation schemes.
///
/// `fanIn` and `fanOut` count the inputs and outputs feeding one unit: for a convolution,
/// channels × kernel area.
public enum Initializer: String, Codable, Sendable {
    /// He (Kaiming) normal: standard deviation `sqrt(2 / fanIn)`; for layers followed by ReLU.
    case heNormal
    /// Glorot (Xavier) uniform: limit `sqrt(6 / (fanIn + fanOut))`; for linear or sigmoid outputs.
    case glorotUniform

    /// A tensor of the given shape drawn with this scheme.
    public func tensor(shape: [Int], fanIn: Int, fanOut: Int, generator: inout SeededGenerator) -> Tensor {
        switch self {
        case .heNormal:
            return Tensor(shape: shape, standardDeviation: (2 / Float(max(fanIn, 1))).squareRoot(), generator: &generator)
        case .glorotUniform:
            return Tensor(shape: shape, uniformLimit: (6 / Float(max(fanIn + fanOut, 1))).squareRoot(), generator: &generator)
        }
    }
}
