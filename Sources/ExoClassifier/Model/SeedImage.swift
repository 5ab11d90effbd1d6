import ExoViews

/// The hobby baseline's input: the folded light curve (the global view) drawn as a small RGB
/// picture, as a plotting library would draw it: a blue line (matplotlib's default #1f77b4) on a
/// white background, flux increasing upwards.
public enum SeedImage {
    /// Side of the picture, pixels.
    public static let size = 32
    private static let line: [Float] = [0.122, 0.467, 0.706]

    /// The picture of `view` as `[3, size, size]` values in [0, 1] (channel-major, row 0 at the top).
    public static func render(_ view: [Float], size: Int = SeedImage.size) -> [Float] {
        var image = [Float](repeating: 1, count: 3 * size * size)
        guard view.count >= 2 else { return image }
        let low = view.min() ?? -1, high = view.max() ?? 0
        let range = max(high - low, 1e-6)
        func row(_ value: Float) -> Int {
            let fraction = (value - low) / range
            return min(max(Int(((1 - fraction) * Float(size - 1)).rounded()), 0), size - 1)
        }
        func column(_ index: Int) -> Int { min(index * size / view.count, size - 1) }
        var previous = (column(0), row(view[0]))
        for index in view.indices {
            let current = (column(index), row(view[index]))
            // Join consecutive points with a vertical run in the current column.
            let top = min(previous.1, current.1), bottom = max(previous.1, current.1)
            for r in top...bottom {
                for channel in 0..<3 { image[(channel * size + r) * size + current.0] = line[channel] }
            }
            previous = current
        }
        return image
    }
}
