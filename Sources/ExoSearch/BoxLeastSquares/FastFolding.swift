/// Staelin's (1969) fast folding algorithm, as riptide and GERBLS use it: an evenly sampled series
/// cut into `rows` rows of `cols` samples is folded at every period between `cols` and `cols + 1`
/// samples at once, in `rows·cols·log₂(rows)` additions instead of `rows²·cols`.
enum FastFolding {
    /// Row `s` of `output` (`rows × cols`) becomes the sum over `i` of input row `i` read cyclically
    /// from sample `≈ i·s/(rows − 1)` on: the series folded at a period of `cols + s/(rows − 1)` samples
    /// (each row's shift is within one sample of that drift).
    ///
    /// `input` holds `rows × cols` values; `scratch` has room for as many as `output`. With `rows` a
    /// power of two the shifts are Staelin's (`s = 2k` or `2k + 1`: the halves' row `k`, the second
    /// half moved by `k` or `k + 1`), each within one sample of `i·s/(rows − 1)`; other row counts
    /// accumulate rounding from level to level.
    static func transform(_ input: UnsafePointer<SIMD2<Double>>, rows: Int, cols: Int,
                          output: UnsafeMutablePointer<SIMD2<Double>>, scratch: UnsafeMutablePointer<SIMD2<Double>>) {
        guard rows > 1 else {
            output.update(from: input, count: cols)
            return
        }
        // Each half folded into `scratch` (with `output` as its scratch), then the halves merged.
        let head = rows / 2, tail = rows - head
        transform(input, rows: head, cols: cols, output: scratch, scratch: output)
        transform(input + head * cols, rows: tail, cols: cols, output: scratch + head * cols, scratch: output + head * cols)
        let span = rows - 1
        for s in 0..<rows {
            let headRow = scratch + rounded(s * (head - 1), over: span) * cols
            let tailRow = scratch + (head + rounded(s * (tail - 1), over: span)) * cols
            let shift = rounded(s * head, over: span) % cols
            let out = output + s * cols
            let straight = cols - shift
            for j in 0..<straight { out[j] = headRow[j] + tailRow[j + shift] }
            for j in straight..<cols { out[j] = headRow[j] + tailRow[j - straight] }
        }
    }

    /// `a / b` rounded to the nearest integer (halves up), for `a ≥ 0`, `b > 0`.
    @inline(__always)
    static func rounded(_ a: Int, over b: Int) -> Int { (2 * a + b) / (2 * b) }

    /// The row of a transform of `rows` rows of `cols` samples whose period is closest to
    /// `periodSamples` (in `[cols, cols + 1]`).
    @inline(__always)
    static func row(forPeriod periodSamples: Double, rows: Int, cols: Int) -> Int {
        guard rows > 1 else { return 0 }
        let s = Int(((periodSamples - Double(cols)) * Double(rows - 1)).rounded())
        return min(max(s, 0), rows - 1)
    }
}
