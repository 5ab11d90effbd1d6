/// An opaque 8-bit RGB colour used by plots.
public struct PlotColor: Sendable, Hashable, Codable {
    /// Red, 0-255.
    public var red: UInt8
    /// Green, 0-255.
    public var green: UInt8
    /// Blue, 0-255.
    public var blue: UInt8

    /// Creates a colour from its 8-bit components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from a 24-bit value written `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// The colour as CSS/SVG text, e.g. `#1f77b4`.
    public var cssHex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in [red, green, blue] {
            text.append(digits[Int(component >> 4)])
            text.append(digits[Int(component & 0x0F)])
        }
        return text
    }

    /// Black.
    public static let black = PlotColor(hex: 0x000000)
    /// White.
    public static let white = PlotColor(hex: 0xFFFFFF)
    /// Grey for data points that sit behind the model or binned values.
    public static let grey = PlotColor(hex: 0x8C8C8C)
    /// Light grey for grid lines.
    public static let lightGrey = PlotColor(hex: 0xE3E3E3)
    /// Blue (the first series colour).
    public static let blue = PlotColor(hex: 0x1F77B4)
    /// Orange.
    public static let orange = PlotColor(hex: 0xFF7F0E)
    /// Green.
    public static let green = PlotColor(hex: 0x2CA02C)
    /// Red.
    public static let red = PlotColor(hex: 0xD62728)
    /// Purple.
    public static let purple = PlotColor(hex: 0x9467BD)

    /// Colours for successive signals (transits of planet 1, 2, ...).
    public static let palette: [PlotColor] = [.red, .blue, .green, .purple, .orange]

    /// The palette colour for series `index`, cycling.
    public static func series(_ index: Int) -> PlotColor {
        palette[((index % palette.count) + palette.count) % palette.count]
    }
}
