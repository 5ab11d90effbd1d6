import ArgumentParser
import Foundation

/// The one place where a command's error becomes a message and an exit status.
///
/// Commands throw. Argument-parser's own errors (`ExitCode`, `CleanExit`, `ValidationError`, help
/// requests) keep their meaning (help, usage and status 64 for a bad option); any other error is printed as
/// `error: <message>` on standard error and the process exits with status 1.
enum CommandFailure {
    /// The error argument-parser should exit with after `error` was reported.
    static func exitError(for error: Error) -> Error {
        // `ExitCode`, `CleanExit`, `ValidationError`, and the internal error that `--help` gives.
        if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return error }
        StandardError.error(error)
        return ExitCode.failure
    }

    /// The text of `error`: its `errorDescription` when it has one, else its description.
    static func message(for error: Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }
}
