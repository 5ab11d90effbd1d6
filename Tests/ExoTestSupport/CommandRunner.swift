import Foundation

/// Runs the built `exoscope` executable from tests and captures what it printed.
public enum CommandRunner {
    /// What one run of the tool gave back.
    public struct Result: Sendable {
        /// The process's exit status.
        public var status: Int32
        /// Everything written to standard output.
        public var standardOutput: String
        /// Everything written to standard error.
        public var standardError: String
    }

    /// The folder holding the built products (the test bundle sits beside the executable).
    public static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        fatalError("couldn't find the products directory")
        #else
        return Bundle.main.bundleURL
        #endif
    }

    /// The built `exoscope` executable.
    public static var executable: URL { productsDirectory.appendingPathComponent("exoscope") }

    /// Runs `exoscope` with `arguments` and waits for it to finish.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run(executable: executable, arguments, environment: environment)
    }

    /// Runs `executable` with `arguments` (its environment: this process's, with `environment` set
    /// and the names in `unsetting` removed) and waits for it to finish.
    public static func run(executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           unsetting: [String] = [], currentDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        for name in unsetting { env[name] = nil }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self)
        )
    }
}
