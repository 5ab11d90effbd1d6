/// Errors of the command-line layer itself.
enum CLIError: Error, CustomStringConvertible {
    /// An output file could not be written.
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case let .cannotWrite(path, reason): "\(path): cannot write the file (\(reason))"
        }
    }
}
