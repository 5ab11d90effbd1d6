import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends HTTP requests through `URLSession` with timeouts and retries with exponential back-off.
///
/// Errors come back as ``ArchiveError`` naming the service and the URL.
public struct HTTPTransport: Sendable {
    /// How failed attempts are retried.
    public var retryPolicy: RetryPolicy
    /// Longest wait for the server to answer (and between two chunks of a transfer), whole seconds
    /// (libcurl under `URLSession` on Linux counts whole seconds; values below 1 are raised to 1).
    public var timeout: Double
    private let session: URLSession

    /// A transport with its own ephemeral session (no cookies, no shared URL cache).
    public init(retryPolicy: RetryPolicy = .default, timeout: Double = 60) {
        self.retryPolicy = retryPolicy
        let timeout = max(1, timeout.rounded(.up))
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = max(timeout, 6 * 3600)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = ["User-Agent": "exoscope/0.1"]
        session = URLSession(configuration: configuration)
    }

    /// The body of a successful (2xx) answer to `request`, retrying transient failures.
    public func data(for request: URLRequest, service: String) async throws -> Data {
        try await withRetries(service: service, url: request.url) {
            try await attempt(request, service: service)
        }
    }

    /// Downloads `url` into `destination`: the bytes go to a temporary file beside it, which is moved into
    /// place (an atomic rename) only when the transfer is complete and its size is `expectedSize`
    /// (when given) and the announced `Content-Length`. No partial file is ever left at `destination`.
    public func download(from url: URL, to destination: URL, expectedSize: Int?, service: String) async throws {
        let directory = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ArchiveError.cache(path: directory.path, reason: error.localizedDescription)
        }
        try await withRetries(service: service, url: url) {
            let data = try await attempt(URLRequest(url: url), service: service)
            if let expectedSize, data.count != expectedSize {
                throw ArchiveError.sizeMismatch(url: url.absoluteString, expected: expectedSize, received: data.count)
            }
            try AtomicFile.write(data, to: destination)
        }
    }

    private func attempt(_ original: URLRequest, service: String) async throws -> Data {
        var request = original
        request.timeoutInterval = timeout
        let urlText = request.url?.absoluteString ?? "?"
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch let error as URLError {
            throw Self.archiveError(for: error, service: service, url: urlText, timeout: timeout)
        } catch {
            throw ArchiveError.transfer(service: service, url: urlText, reason: error.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else {
            throw ArchiveError.malformedResponse(service: service, url: urlText, reason: "not an HTTP response")
        }
        guard (200..<300).contains(http.statusCode) else {
            let body = String(decoding: data.prefix(500), as: UTF8.self)
            throw ArchiveError.httpStatus(service: service, url: urlText, status: http.statusCode, body: body)
        }
        if let announced = http.value(forHTTPHeaderField: "Content-Length").flatMap(Int.init), announced != data.count {
            throw ArchiveError.sizeMismatch(url: urlText, expected: announced, received: data.count)
        }
        return data
    }

    private func withRetries<T>(service: String, url: URL?, _ body: () async throws -> T) async throws -> T {
        var attemptNumber = 1
        while true {
            do {
                return try await body()
            } catch let error as ArchiveError where error.isTransient && attemptNumber < retryPolicy.maximumAttempts {
                let wait = retryPolicy.delay(afterAttempt: attemptNumber)
                attemptNumber += 1
                if wait > 0 { try await Task.sleep(nanoseconds: UInt64(wait * 1e9)) }
            }
        }
    }

    static func archiveError(for error: URLError, service: String, url: String, timeout: Double) -> ArchiveError {
        switch error.code {
        case .timedOut:
            return .timedOut(service: service, url: url, seconds: timeout)
        case .cannotConnectToHost, .cannotFindHost, .notConnectedToInternet, .dnsLookupFailed,
             .internationalRoamingOff, .dataNotAllowed:
            return .offline(service: service, url: url, reason: error.localizedDescription)
        default:
            return .transfer(service: service, url: url, reason: "\(error.localizedDescription) (URLError \(error.code.rawValue))")
        }
    }
}
