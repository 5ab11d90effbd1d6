import ExoBasics
import CZlib
@testable import ExoReport
import XCTest

final class PNGTests: XCTestCase {
    func testPNGDecodesToTheDrawnPixels() throws {
        var figure = Figure(width: 200, height: 120, title: "PNG", xLabel: "x", yLabel: "y",
                            xRange: 0...1, yRange: 0...1)
        figure.addShadedSpans([0.4...0.6], color: .red, opacity: 1)
        let png = try figure.png()
        let decoded = try PNGDecoder.decode(png)
        XCTAssertEqual(decoded.width, 200)
        XCTAssertEqual(decoded.height, 120)
        // The renderer's own raster and the decoded file agree pixel for pixel.
        var surface = RasterSurface(width: 200, height: 120)
        FigureRenderer(figure: figure).draw(on: &surface)
        XCTAssertEqual(decoded.pixels, surface.image.pixels)
        // The span is red in the middle of the plot, the background white in a corner.
        let renderer = FigureRenderer(figure: figure)
        let midX = Int(renderer.pixelX(0.5)), midY = Int(renderer.pixelY(0.5))
        XCTAssertEqual(decoded.color(x: midX, y: midY), .red)
        XCTAssertEqual(decoded.color(x: 1, y: 1), .white)
        // Text was drawn: some black pixels in the title row.
        let titleRow = (8..<22).flatMap { y in (0..<200).map { decoded.color(x: $0, y: y) } }
        XCTAssertTrue(titleRow.contains(.black))
    }

    /// A PNG at twice the figure's width has exactly the size asked for, and its text is drawn larger:
    /// about four times the black pixels of the same figure at its own size.
    func testPNGAtAChosenSizeScalesItsText() throws {
        var figure = Figure(width: 400, height: 200, title: "Scaled title", xLabel: "time", yLabel: "flux",
                            xRange: 0...1, yRange: 0...1)
        figure.addLine(x: [0, 1], y: [0.5, 0.5])
        let small = try PNGDecoder.decode(try figure.png())
        let large = try PNGDecoder.decode(try figure.png(pixelWidth: 800, pixelHeight: 500))
        XCTAssertEqual(large.width, 800)
        XCTAssertEqual(large.height, 500)
        func blackPixels(_ image: RGBImage) -> Int {
            (0..<image.height).reduce(0) { sum, y in sum + (0..<image.width).filter { image.color(x: $0, y: y) == .black }.count }
        }
        let ratio = Double(blackPixels(large)) / Double(blackPixels(small))
        XCTAssertGreaterThan(ratio, 2.5, "text and frame should grow with the image")
        // Narrower than the layout: drawn at scale 1, laid out for the requested size.
        let narrow = try PNGDecoder.decode(try figure.png(pixelWidth: 300, pixelHeight: 150))
        XCTAssertEqual([narrow.width, narrow.height], [300, 150])
    }

    func testDeflateRoundTrip() throws {
        let bytes = (0..<50_000).map { UInt8(truncatingIfNeeded: ($0 * $0) >> 7) }
        let compressed = try PNGEncoder.deflate(bytes)
        XCTAssertEqual(try PNGDecoder.inflate(compressed, expectedCount: bytes.count), bytes)
    }
}

/// A minimal PNG reader for the files PNGEncoder writes (8-bit RGB, filters None and Sub), checking every CRC.
enum PNGDecoder {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func decode(_ file: [UInt8]) throws -> RGBImage {
        guard file.count > 8, Array(file[0..<8]) == PNGEncoder.signature else { throw Failure(description: "bad signature") }
        var offset = 8
        var width = 0, height = 0
        var idat: [UInt8] = []
        var sawEnd = false
        func u32(_ at: Int) -> Int {
            Int(file[at]) << 24 | Int(file[at + 1]) << 16 | Int(file[at + 2]) << 8 | Int(file[at + 3])
        }
        while offset + 12 <= file.count {
            let length = u32(offset)
            let type = String(decoding: file[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let data = Array(file[(offset + 8)..<(offset + 8 + length)])
            let stored = UInt32(u32(offset + 8 + length))
            guard CRC32.checksum(file[(offset + 4)..<(offset + 8 + length)]) == stored else {
                throw Failure(description: "bad CRC in \(type)")
            }
            switch type {
            case "IHDR":
                width = u32(offset + 8)
                height = u32(offset + 12)
                guard data[8] == 8, data[9] == 2 else { throw Failure(description: "not 8-bit RGB") }
            case "IDAT": idat += data
            case "IEND": sawEnd = true
            default: break
            }
            offset += 12 + length
        }
        guard sawEnd, width > 0, height > 0 else { throw Failure(description: "missing IHDR or IEND") }
        let raw = try inflate(idat, expectedCount: height * (width * 3 + 1))
        var image = RGBImage(width: width, height: height)
        let row = width * 3
        for y in 0..<height {
            let filter = raw[y * (row + 1)]
            for i in 0..<row {
                let value = raw[y * (row + 1) + 1 + i]
                let left: UInt8 = i >= 3 ? image.pixels[y * row + i - 3] : 0
                switch filter {
                case 0: image.pixels[y * row + i] = value
                case 1: image.pixels[y * row + i] = value &+ left
                default: throw Failure(description: "unexpected filter \(filter)")
                }
            }
        }
        return image
    }

    static func inflate(_ bytes: [UInt8], expectedCount: Int) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: expectedCount + 16)
        var size = uLong(output.count)
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { uncompress(out.baseAddress, &size, $0.baseAddress, uLong(bytes.count)) }
        }
        guard status == Z_OK, Int(size) == expectedCount else {
            throw Failure(description: "inflate status \(status), \(size) bytes")
        }
        return Array(output[0..<Int(size)])
    }
}
