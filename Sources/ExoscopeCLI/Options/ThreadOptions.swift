import ArgumentParser
import Exoscope
import Foundation

/// `--threads N`, shared by the commands that compute (`@OptionGroup var threading: ThreadOptions`).
struct ThreadOptions: ParsableArguments {
    @Option(help: "Threads to use: $EXOSCOPE_THREADS if set, else the CPUs this process may use, from its affinity mask and cgroup CPU quota.")
    var threads: Int = ThreadBudget.available

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads)") }
        let variable = ThreadBudget.environmentVariable
        if let text = ProcessInfo.processInfo.environment[variable], ThreadBudget.parseCount(text) == nil {
            throw ValidationError("\(variable) must be a positive integer, got '\(text)'")
        }
    }

    /// Lets the network kernels use `threads` threads, and returns `threads`.
    @discardableResult
    func apply() -> Int {
        Threading.threadCount = threads
        return threads
    }
}
