import ArgumentParser
import Exoscope

/// Network and cache options shared by `fetch` and `catalog`.
struct ArchiveOptions: ParsableArguments {
    @Option(help: "Cache folder (default: $EXOSCOPE_CACHE or ~/.cache/exoscope).")
    var cache: String?

    @Option(help: "Seconds to wait for the server before giving up on an attempt.")
    var timeout: Double = 60

    @Option(help: "Attempts per request (server errors, timeouts and cut downloads are retried with back-off).")
    var attempts: Int = 4

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive, got \(timeout)") }
        guard attempts >= 1 else { throw ValidationError("--attempts must be at least 1, got \(attempts)") }
    }

    /// The transport these options describe.
    var transport: HTTPTransport {
        HTTPTransport(retryPolicy: RetryPolicy(maximumAttempts: attempts, initialDelay: 1), timeout: timeout)
    }

    /// The cache these options describe.
    var archiveCache: ArchiveCache { ArchiveCache.resolve(explicit: cache) }
}
