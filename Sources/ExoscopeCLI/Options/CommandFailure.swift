import ArgumentParser
import Foundation

/// Prints `error: <message>` on standard error and gives the failure exit code.
enum CommandFailure {
    static func report(_ error: Error) -> ExitCode {
        let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return .failure
    }
}
