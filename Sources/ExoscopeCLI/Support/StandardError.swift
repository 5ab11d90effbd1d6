import Foundation

/// Standard error: `error:` lines, notes, and whether a person is watching it.
enum StandardError {
    /// Writes `text` and a newline.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `error: <message>`.
    static func error(_ error: Error) {
        write("error: \(CommandFailure.message(for: error))")
    }

    /// True when standard error is a terminal: progress is redrawn in place there, and printed as
    /// plain log lines otherwise.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
