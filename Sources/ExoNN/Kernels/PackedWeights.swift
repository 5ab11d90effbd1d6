import Foundation

/// A layer's weight matrix packed for the matrix multiply at inference, kept between calls and
/// packed again when the weights (their ``Parameter`` version) or the micro-kernel change.
/// Safe to use from the threads of a batch split.
final class PackedWeights: @unchecked Sendable {
    private let lock = NSLock()
    private var packed: PackedOperand?

    /// The packed weights of `parameter`, from `pack(version)` when the kept copy is stale.
    func operand(of parameter: Parameter, sliver: Int, pack: (_ version: Int) -> PackedOperand) -> PackedOperand {
        lock.lock()
        defer { lock.unlock() }
        if let packed, packed.version == parameter.version, packed.sliver == sliver { return packed }
        let fresh = pack(parameter.version)
        packed = fresh
        return fresh
    }
}
