/// A loss value with its gradient with respect to the logits (same shape as the logits).
public struct LossResult {
    /// The mean (or weighted mean) loss over the batch.
    public var loss: Float
    /// dLoss/dLogits, ready for `backward`.
    public var gradient: Tensor
}
