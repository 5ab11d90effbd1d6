/// Why a plot or report could not be made or written.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// zlib returned an error status while compressing PNG data.
    case compressionFailed(status: Int)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .compressionFailed(let status):
            "PNG compression failed: zlib status \(status)"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        }
    }
}
