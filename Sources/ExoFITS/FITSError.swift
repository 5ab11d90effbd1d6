/// Why a FITS file could not be read or written. Every case names the file.
public enum FITSError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file has no bytes.
    case empty(path: String)
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The file does not start with a FITS primary header (`SIMPLE  =`).
    case notFITS(path: String)
    /// The file ends before a header or data unit is complete.
    case truncated(path: String, detail: String)
    /// A header card could not be parsed.
    case malformedCard(path: String, hdu: Int, card: Int, text: String)
    /// A required keyword is missing or has the wrong type.
    case missingKeyword(path: String, hdu: Int, keyword: String)
    /// The header describes something this reader does not support or that is inconsistent.
    case unsupported(path: String, hdu: Int, detail: String)
    /// A requested table column does not exist.
    case missingColumn(path: String, hdu: Int, column: String)
    /// The gzip stream is damaged or cut short.
    case badGzip(path: String, detail: String)
    /// Writing failed.
    case writeFailed(path: String, reason: String)

    /// "PATH: problem", for error messages.
    public var description: String {
        switch self {
        case let .empty(path): "\(path): the file is empty"
        case let .unreadable(path, reason): "\(path): cannot read the file (\(reason))"
        case let .notFITS(path): "\(path): not a FITS file (it must start with 'SIMPLE  =')"
        case let .truncated(path, detail): "\(path): the file is truncated (\(detail))"
        case let .malformedCard(path, hdu, card, text):
            "\(path): malformed header card \(card) in HDU \(hdu): '\(text)'"
        case let .missingKeyword(path, hdu, keyword): "\(path): HDU \(hdu) lacks the required keyword \(keyword)"
        case let .unsupported(path, hdu, detail): "\(path): HDU \(hdu): \(detail)"
        case let .missingColumn(path, hdu, column): "\(path): HDU \(hdu) has no column \(column)"
        case let .badGzip(path, detail): "\(path): damaged gzip data (\(detail))"
        case let .writeFailed(path, reason): "\(path): cannot write the file (\(reason))"
        }
    }
}
