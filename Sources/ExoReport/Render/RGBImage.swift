/// An 8-bit RGB picture, rows top to bottom, three bytes per pixel.
public struct RGBImage: Sendable, Equatable {
    /// Width, pixels.
    public let width: Int
    /// Height, pixels.
    public let height: Int
    /// `width * height * 3` bytes: red, green, blue of each pixel, row by row.
    public var pixels: [UInt8]

    /// A picture filled with `color`.
    public init(width: Int, height: Int, color: PlotColor = .white) {
        self.width = max(width, 1)
        self.height = max(height, 1)
        pixels = [UInt8](repeating: 0, count: self.width * self.height * 3)
        for i in stride(from: 0, to: pixels.count, by: 3) {
            pixels[i] = color.red
            pixels[i + 1] = color.green
            pixels[i + 2] = color.blue
        }
    }

    /// The colour of pixel (`x`, `y`).
    public func color(x: Int, y: Int) -> PlotColor {
        let i = (y * width + x) * 3
        return PlotColor(red: pixels[i], green: pixels[i + 1], blue: pixels[i + 2])
    }
}
