import Foundation

/// A FITS file: its header-and-data units, read from disk without cfitsio.
///
/// The file is memory-mapped (or inflated once if it is gzip-compressed, detected by its magic
/// bytes); headers are parsed eagerly, data units are decoded only when a table or image is asked for.
///
/// ```swift
/// let file = try FITSFile(contentsOf: url)
/// let table = try file.hdu(named: "LIGHTCURVE")!.binaryTable()
/// let time = try table.doubles("TIME")
/// ```
public struct FITSFile: Sendable {
    /// The path the file was read from.
    public let path: String
    /// All HDUs in file order; `hdus[0]` is the primary HDU.
    public let hdus: [FITSHDU]
    /// True when the file was gzip-compressed.
    public let wasCompressed: Bool

    /// Reads and parses the file at `url`.
    ///
    /// - Throws: ``FITSError`` naming the file: empty, unreadable, not FITS, truncated, malformed
    ///   header card, damaged gzip stream.
    public init(contentsOf url: URL) throws {
        let path = url.path
        let raw: Data
        do {
            raw = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw FITSError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        try self.init(data: raw, path: path)
    }

    /// Parses FITS bytes (gzip-compressed or not); `path` is used in error messages.
    public init(data raw: Data, path: String) throws {
        guard !raw.isEmpty else { throw FITSError.empty(path: path) }
        let compressed = Gzip.isCompressed(raw)
        let data = compressed ? try Gzip.inflate(raw, path: path) : raw
        guard !data.isEmpty else { throw FITSError.empty(path: path) }
        let storage = FITSStorage(data: data, path: path)
        self.path = path
        self.wasCompressed = compressed
        self.hdus = try Self.parseHDUs(storage)
    }

    /// The first HDU whose `EXTNAME` equals `name` (case-insensitive).
    public func hdu(named name: String) -> FITSHDU? {
        hdus.first { $0.name.asciiUppercased() == name.asciiUppercased() }
    }

    private static func parseHDUs(_ storage: FITSStorage) throws -> [FITSHDU] {
        let path = storage.path
        return try storage.data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [FITSHDU] in
            let magic = Array("SIMPLE  =".utf8)
            guard bytes.count >= magic.count, zip(bytes.prefix(magic.count), magic).allSatisfy({ $0 == $1 }) else {
                throw FITSError.notFITS(path: path)
            }
            var hdus: [FITSHDU] = []
            var offset = 0
            while offset < bytes.count {
                let index = hdus.count
                if index > 0, isPadding(bytes, from: offset) { break }
                let (header, dataOffset) = try FITSHeaderParser.parse(bytes, at: offset, path: path, hdu: index)
                let kind = try kindOf(header, index: index, path: path)
                let size = try dataSize(header, index: index, path: path)
                guard dataOffset + size <= bytes.count else {
                    throw FITSError.truncated(
                        path: path,
                        detail: "HDU \(index) needs \(size) data bytes, only \(max(0, bytes.count - dataOffset)) present")
                }
                hdus.append(FITSHDU(index: index, header: header, kind: kind, dataOffset: dataOffset,
                                    dataSize: size, storage: storage))
                let padded = (size + FITSHeaderParser.blockSize - 1) / FITSHeaderParser.blockSize
                    * FITSHeaderParser.blockSize
                offset = dataOffset + padded
            }
            return hdus
        }
    }

    /// True when the rest of the file holds no further header (zeros or blanks only).
    private static func isPadding(_ bytes: UnsafeRawBufferPointer, from offset: Int) -> Bool {
        let end = min(bytes.count, offset + 80)
        for i in offset..<end where bytes[i] != 0 && bytes[i] != 32 { return false }
        return true
    }

    private static func kindOf(_ header: FITSHeader, index: Int, path: String) throws -> FITSHDU.Kind {
        if index == 0 {
            guard header.bool("SIMPLE") != nil else { throw FITSError.notFITS(path: path) }
            return .primary
        }
        guard let xtension = header.string("XTENSION") else {
            throw FITSError.missingKeyword(path: path, hdu: index, keyword: "XTENSION")
        }
        switch xtension.uppercased() {
        case "BINTABLE", "A3DTABLE": return .binaryTable
        case "IMAGE", "IUEIMAGE": return .image
        case "TABLE": return .asciiTable
        default: return .other
        }
    }

    /// Size of the data unit in bytes, without padding: |BITPIX|/8 × GCOUNT × (PCOUNT + ΠNAXISn).
    private static func dataSize(_ header: FITSHeader, index: Int, path: String) throws -> Int {
        guard let bitpix = header.int("BITPIX") else {
            throw FITSError.missingKeyword(path: path, hdu: index, keyword: "BITPIX")
        }
        guard [8, 16, 32, 64, -32, -64].contains(bitpix) else {
            throw FITSError.unsupported(path: path, hdu: index, detail: "BITPIX must be 8, 16, 32, 64, -32 or -64, got \(bitpix)")
        }
        guard let naxis = header.int("NAXIS") else {
            throw FITSError.missingKeyword(path: path, hdu: index, keyword: "NAXIS")
        }
        guard (0...999).contains(naxis) else {
            throw FITSError.unsupported(path: path, hdu: index, detail: "NAXIS must be 0...999, got \(naxis)")
        }
        if naxis == 0 { return 0 }
        var count = 1
        for axis in 1...naxis {
            guard let n = header.int("NAXIS\(axis)") else {
                throw FITSError.missingKeyword(path: path, hdu: index, keyword: "NAXIS\(axis)")
            }
            guard n >= 0 else {
                throw FITSError.unsupported(path: path, hdu: index, detail: "NAXIS\(axis) must be >= 0, got \(n)")
            }
            let (product, overflow) = count.multipliedReportingOverflow(by: n)
            guard !overflow, product < 1 << 40 else {
                throw FITSError.unsupported(path: path, hdu: index, detail: "data unit too large")
            }
            count = product
        }
        let pcount = header.int("PCOUNT") ?? 0
        let gcount = header.int("GCOUNT") ?? 1
        guard (0..<(1 << 40)).contains(pcount), (0..<(1 << 20)).contains(gcount) else {
            throw FITSError.unsupported(path: path, hdu: index,
                                        detail: "PCOUNT must be 0..<2^40 and GCOUNT 0..<2^20, got \(pcount) and \(gcount)")
        }
        let (size, overflow) = (abs(bitpix) / 8 * gcount).multipliedReportingOverflow(by: pcount + count)
        guard !overflow, size < 1 << 40 else {
            throw FITSError.unsupported(path: path, hdu: index, detail: "data unit too large")
        }
        return size
    }
}
