extension Tensor {
    /// The sum of all values (accumulated in `Double`).
    public func sum() -> Float {
        var total = 0.0
        for value in scalars { total += Double(value) }
        return Float(total)
    }

    /// The sum of squared values (accumulated in `Double`).
    public func squaredNorm() -> Double {
        var total = 0.0
        for value in scalars { total += Double(value) * Double(value) }
        return total
    }

    /// The largest absolute difference to `other` (same shape); useful in tests.
    public func maxAbsoluteDifference(to other: Tensor) -> Float {
        precondition(shape == other.shape, "Shapes differ: \(shape) and \(other.shape)")
        var largest: Float = 0
        for index in 0..<count { largest = max(largest, abs(scalars[index] - other.scalars[index])) }
        return largest
    }

    /// Element-wise sum of two tensors of the same shape.
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        precondition(lhs.shape == rhs.shape, "Shapes differ: \(lhs.shape) and \(rhs.shape)")
        var result = lhs
        for index in 0..<result.count { result.scalars[index] += rhs.scalars[index] }
        return result
    }

    /// Every value multiplied by `factor`.
    public static func * (lhs: Tensor, factor: Float) -> Tensor {
        Tensor(shape: lhs.shape, scalars: lhs.scalars.map { $0 * factor })
    }

    /// The index of the largest value in each row of a `[batch, classes]` tensor.
    public func argmaxPerRow() -> [Int] {
        precondition(rank == 2, "argmaxPerRow needs a [batch, classes] tensor, got \(shape)")
        let columns = shape[1]
        return (0..<shape[0]).map { row in
            var best = 0
            for column in 1..<max(columns, 1) where scalars[row * columns + column] > scalars[row * columns + best] {
                best = column
            }
            return best
        }
    }
}

extension Tensor: CustomStringConvertible {
    /// The shape and up to the first eight values.
    public var description: String {
        let head = scalars.prefix(8).map { String($0) }.joined(separator: ", ")
        return "Tensor\(shape)[\(head)\(count > 8 ? ", …" : "")]"
    }
}
