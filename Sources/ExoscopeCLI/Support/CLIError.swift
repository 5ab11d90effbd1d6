/// Errors of the command-line layer itself.
enum CLIError: Error, CustomStringConvertible {
    /// An output file could not be written.
    case cannotWrite(path: String, reason: String)
    /// The data given cannot give what was asked for (a plot of a signal that was not found, ...).
    case cannotMake(String)

    var description: String {
        switch self {
        case let .cannotWrite(path, reason): "\(path): cannot write the file (\(reason))"
        case let .cannotMake(message): message
        }
    }
}
