import Foundation

/// "Nice" tick positions (steps of 1, 2 or 5 times a power of ten) covering a data range.
public struct AxisTicks: Sendable, Equatable {
    /// Tick positions in data units, ascending, all inside the range they were made for.
    public var values: [Double]
    /// Distance between ticks, data units.
    public var step: Double

    /// Ticks for `range`, aiming at about `target` ticks.
    ///
    /// A degenerate range (zero width or not finite) gives a single tick at its lower end.
    public init(range: ClosedRange<Double>, target: Int = 6) {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite, target > 0 else {
            values = range.lowerBound.isFinite ? [range.lowerBound] : []
            step = 0
            return
        }
        let rough = span / Double(target)
        let magnitude = pow(10, floor(log10(rough)))
        let fraction = rough / magnitude
        let nice: Double = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        step = nice * magnitude
        let first = (range.lowerBound / step).rounded(.up)
        let last = (range.upperBound / step).rounded(.down)
        var ticks: [Double] = []
        var k = first
        while k <= last, ticks.count < 100 {
            let value = k * step
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            k += 1
        }
        values = ticks
    }

    /// The decimal places that show the step exactly (0 for steps of 1 and more).
    public var decimals: Int {
        guard step > 0 else { return 2 }
        return max(0, Int((-log10(step) - 1e-9).rounded(.up)))
    }

    /// A tick value as text with ``decimals`` places (scientific notation for very large or small values).
    public func label(_ value: Double) -> String {
        let magnitude = values.map(abs).max() ?? abs(value)
        if magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-4) {
            return String(format: "%.2g", value)
        }
        return String(format: "%.\(min(decimals, 8))f", value)
    }
}
