/// A layer that can apply a following ``ReLU`` while it writes its inference output, so the
/// activations are not read and written a second time. `Sequential` runs such a layer and the
/// `ReLU` after it as one step at inference (`training: false`); training keeps them apart, since
/// the ReLU's backward needs its input.
protocol RectifiedInference: Layer {
    /// `ReLU()(forward(input, training: false))`, to the bit, in one pass.
    func inferRectified(_ input: Tensor) -> Tensor
}
