/// An image data unit (primary HDU or IMAGE extension) with its axes and scaling.
public struct FITSImage: Sendable {
    /// The HDU holding the image.
    public let hdu: FITSHDU
    /// `BITPIX`: 8, 16, 32, 64 (integers) or -32, -64 (IEEE floats).
    public let bitpix: Int
    /// Axis lengths, `NAXIS1` (fastest) first.
    public let axes: [Int]
    /// `BSCALE` (1 if absent).
    public let scale: Double
    /// `BZERO` (0 if absent).
    public let zero: Double
    /// `BLANK`: the integer marking undefined pixels, if given.
    public let blank: Int64?

    init(hdu: FITSHDU) throws {
        let header = hdu.header
        self.hdu = hdu
        bitpix = header.int("BITPIX") ?? 8
        let naxis = header.int("NAXIS") ?? 0
        axes = naxis == 0 ? [] : (1...naxis).map { header.int("NAXIS\($0)") ?? 0 }
        scale = header.double("BSCALE") ?? 1
        zero = header.double("BZERO") ?? 0
        blank = header.int("BLANK").map(Int64.init)
    }

    /// Number of pixels (0 for an empty data unit).
    public var pixelCount: Int { axes.isEmpty ? 0 : axes.reduce(1, *) }

    /// All pixel values with `BSCALE`/`BZERO` applied, `NAXIS1` fastest; `BLANK` pixels are NaN.
    public func doubles() -> [Double] {
        let count = pixelCount
        var result = [Double](repeating: .nan, count: count)
        let scale = scale, zero = zero, blank = blank
        hdu.storage.data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, count > 0 else { return }
            let start = base + hdu.dataOffset
            result.withUnsafeMutableBufferPointer { out in
                switch bitpix {
                case 8:
                    for i in 0..<count {
                        let raw = Int64(start.load(fromByteOffset: i, as: UInt8.self))
                        out[i] = raw == blank ? .nan : Double(raw) * scale + zero
                    }
                case 16:
                    for i in 0..<count {
                        let raw = Int64(FITSColumnDecoder.int16(start + 2 * i))
                        out[i] = raw == blank ? .nan : Double(raw) * scale + zero
                    }
                case 32:
                    for i in 0..<count {
                        let raw = Int64(FITSColumnDecoder.int32(start + 4 * i))
                        out[i] = raw == blank ? .nan : Double(raw) * scale + zero
                    }
                case 64:
                    for i in 0..<count {
                        let raw = FITSColumnDecoder.int64(start + 8 * i)
                        out[i] = raw == blank ? .nan : Double(raw) * scale + zero
                    }
                case -32:
                    for i in 0..<count { out[i] = Double(FITSColumnDecoder.float32(start + 4 * i)) * scale + zero }
                default:
                    for i in 0..<count { out[i] = FITSColumnDecoder.float64(start + 8 * i) * scale + zero }
                }
            }
        }
        return result
    }

    /// All pixel values as integers (rounded after scaling; undefined pixels and values beyond Int64,
    /// which a damaged BSCALE or float image gives, become 0).
    public func integers() -> [Int64] {
        doubles().map { Int64(exactly: $0.rounded()) ?? 0 }
    }
}
