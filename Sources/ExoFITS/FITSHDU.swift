/// One header-and-data unit of a FITS file.
public struct FITSHDU: Sendable {
    /// What the data unit holds.
    public enum Kind: String, Sendable {
        /// The primary HDU (an image, possibly empty).
        case primary
        /// An IMAGE extension.
        case image
        /// A BINTABLE extension.
        case binaryTable = "binary table"
        /// A TABLE (ASCII table) extension: its header is read, its data is not decoded.
        case asciiTable = "ASCII table"
        /// Any other extension type.
        case other
    }

    /// Position in the file, 0 for the primary HDU.
    public let index: Int
    /// The header.
    public let header: FITSHeader
    /// What kind of data unit this is.
    public let kind: Kind
    /// Offset of the data unit from the start of the (decompressed) file, bytes.
    public let dataOffset: Int
    /// Size of the data unit without padding, bytes.
    public let dataSize: Int
    let storage: FITSStorage

    /// `EXTNAME`, or "PRIMARY" for the primary HDU, or "" if unnamed.
    public var name: String {
        header.string("EXTNAME") ?? (index == 0 ? "PRIMARY" : "")
    }

    /// The data as a binary table.
    ///
    /// - Throws: ``FITSError/unsupported(path:hdu:detail:)`` when the HDU is not a BINTABLE or its
    ///   columns are inconsistent.
    public func binaryTable() throws -> FITSBinaryTable {
        guard kind == .binaryTable else {
            throw FITSError.unsupported(path: storage.path, hdu: index, detail: "HDU \(name) is not a binary table")
        }
        return try FITSBinaryTable(hdu: self)
    }

    /// The data as an image.
    ///
    /// - Throws: ``FITSError/unsupported(path:hdu:detail:)`` when the HDU is not an image.
    public func image() throws -> FITSImage {
        guard kind == .primary || kind == .image else {
            throw FITSError.unsupported(path: storage.path, hdu: index, detail: "HDU \(name) is not an image")
        }
        return try FITSImage(hdu: self)
    }
}
