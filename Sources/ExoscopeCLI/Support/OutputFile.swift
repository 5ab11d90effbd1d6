import ArgumentParser
import Foundation

/// Where a command writes its output file: a path, or standard output for `-`.
struct OutputFile {
    /// The path as given (`-` for standard output).
    let path: String

    init(_ path: String) {
        self.path = path
    }

    /// True for `-o -`.
    var isStandardOutput: Bool { path == "-" }

    /// The file's extension, lowercased; nil for standard output or a name without one.
    var fileExtension: String? {
        guard !isStandardOutput else { return nil }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext.isEmpty ? nil : ext
    }

    /// Throws a usage error unless the extension is one of `extensions` (or there is none, or it is
    /// standard output): the format follows the extension, a file is never written in another.
    func requireExtension(_ extensions: [String], format: String) throws {
        guard let ext = fileExtension, !extensions.contains(ext) else { return }
        let allowed = extensions.map { ".\($0)" }.joined(separator: " or ")
        throw ValidationError("\(path): this command writes \(format); name the file \(allowed), or give -o - for standard output")
    }

    /// Writes `data` atomically to the file, or to standard output.
    func write(_ data: Data) throws {
        if isStandardOutput {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Prints a note about what was written: on standard error when the data went to standard output.
    func note(_ text: String) {
        if isStandardOutput { StandardError.write(text) } else { print(text) }
    }
}
