import ExoRandom

/// A dense, row-major array of `Float` with a shape.
///
/// Storage is one contiguous `[Float]` (`scalars`); the last axis varies fastest. Layout conventions
/// used by the layers:
/// - 1-D signals: `[batch, channels, length]` (a TESS global view of one star is `[1, 1, 201]`);
/// - 2-D images: `[batch, channels, height, width]`;
/// - feature vectors: `[batch, features]`.
///
/// ```swift
/// let x = Tensor(shape: [2, 1, 3], scalars: [1, 2, 3, 4, 5, 6])
/// x[1, 0, 2]          // 6
/// x.reshaped(to: [2, 3])
/// ```
public struct Tensor: Equatable, Sendable {
    /// The size of each axis.
    public private(set) var shape: [Int]
    /// The values, row-major (last axis fastest); `scalars.count == shape.reduce(1, *)`.
    public var scalars: [Float]

    /// A tensor with the given shape and values (row-major). The count must match the shape.
    public init(shape: [Int], scalars: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor shape must be non-negative, got \(shape)")
        precondition(
            shape.reduce(1, *) == scalars.count,
            "Tensor of shape \(shape) needs \(shape.reduce(1, *)) values, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
    }

    /// A tensor of the given shape filled with `value` (zero by default).
    public init(shape: [Int], repeating value: Float = 0) {
        self.init(shape: shape, scalars: [Float](repeating: value, count: shape.reduce(1, *)))
    }

    /// A tensor whose values `body` writes, every one of them (no zero-filling first).
    init(shape: [Int], initializingWith body: (UnsafeMutableBufferPointer<Float>) -> Void) {
        let count = shape.reduce(1, *)
        let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            body(buffer)
            initialized = count
        }
        self.init(shape: shape, scalars: values)
    }

    /// Stacks equal-length rows into a `[rows.count, length]` tensor (for example a batch of views).
    public init(stackingRows rows: [[Float]]) {
        let length = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == length }, "All rows must have the same length \(length)")
        self.init(shape: [rows.count, length], scalars: rows.flatMap { $0 })
    }

    /// A tensor of independent normal deviates with the given standard deviation, drawn from `generator`.
    public init(shape: [Int], standardDeviation: Float, generator: inout SeededGenerator) {
        let count = shape.reduce(1, *)
        var values = [Float](repeating: 0, count: count)
        for index in 0..<count { values[index] = Float(generator.nextGaussian()) * standardDeviation }
        self.init(shape: shape, scalars: values)
    }

    /// A tensor of independent uniform deviates in `-limit...limit`, drawn from `generator`.
    public init(shape: [Int], uniformLimit limit: Float, generator: inout SeededGenerator) {
        let count = shape.reduce(1, *)
        var values = [Float](repeating: 0, count: count)
        for index in 0..<count { values[index] = Float(generator.nextUniform() * 2 - 1) * limit }
        self.init(shape: shape, scalars: values)
    }

    /// The number of values (product of the shape).
    public var count: Int { scalars.count }

    /// The number of axes.
    public var rank: Int { shape.count }

    /// The same values with a new shape of equal element count.
    public func reshaped(to newShape: [Int]) -> Tensor {
        Tensor(shape: newShape, scalars: scalars)
    }

    /// The value at a full multi-index (one index per axis).
    public subscript(indices: Int...) -> Float {
        get { scalars[offset(of: indices)] }
        set { scalars[offset(of: indices)] = newValue }
    }

    /// Row `index` of the first axis as a tensor of the remaining shape.
    public func row(_ index: Int) -> Tensor {
        let size = count / max(shape[0], 1)
        return Tensor(shape: Array(shape.dropFirst()), scalars: Array(scalars[index * size..<(index + 1) * size]))
    }

    /// Rows `range` of the first axis (a mini-batch slice).
    public func rows(_ range: Range<Int>) -> Tensor {
        let size = count / max(shape[0], 1)
        var newShape = shape
        newShape[0] = range.count
        return Tensor(shape: newShape, scalars: Array(scalars[range.lowerBound * size..<range.upperBound * size]))
    }

    /// Tensors of equal trailing shape joined along the first axis (the inverse of ``rows(_:)``).
    public init(joiningBatches parts: [Tensor]) {
        precondition(!parts.isEmpty && parts.allSatisfy { $0.shape.dropFirst() == parts[0].shape.dropFirst() },
                     "Batches to join must agree on every axis but the first, got \(parts.map(\.shape))")
        var shape = parts[0].shape
        shape[0] = parts.reduce(0) { $0 + $1.shape[0] }
        self.init(shape: shape, scalars: parts.flatMap(\.scalars))
    }

    private func offset(of indices: [Int]) -> Int {
        precondition(indices.count == shape.count, "Expected \(shape.count) indices, got \(indices.count)")
        var offset = 0
        for (axis, index) in indices.enumerated() {
            precondition(index >= 0 && index < shape[axis], "Index \(index) out of range for axis \(axis) of \(shape)")
            offset = offset * shape[axis] + index
        }
        return offset
    }
}
