import Foundation

/// What can go wrong while talking to MAST or the NASA Exoplanet Archive, or filling the cache.
///
/// Every case names the service or URL and the problem, so the CLI can print it as is.
public enum ArchiveError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The host could not be reached at all (no network, DNS failure, connection refused).
    case offline(service: String, url: String, reason: String)
    /// The server answered with an HTTP error status after all retries.
    case httpStatus(service: String, url: String, status: Int, body: String)
    /// The request did not complete in time after all retries.
    case timedOut(service: String, url: String, seconds: Double)
    /// The transfer failed for another reason after all retries.
    case transfer(service: String, url: String, reason: String)
    /// A download ended with a different number of bytes than announced.
    case sizeMismatch(url: String, expected: Int, received: Int)
    /// The server's answer could not be understood.
    case malformedResponse(service: String, url: String, reason: String)
    /// A target name or identifier MAST could not resolve.
    case unknownTarget(String)
    /// The archive has no products matching the request.
    case noProducts(target: String, filter: String)
    /// A user-supplied value is not valid (unknown table, bad sector...).
    case invalidArgument(String)
    /// A file in the cache could not be written.
    case cache(path: String, reason: String)

    public var description: String {
        switch self {
        case let .offline(service, url, reason):
            return "cannot reach \(service) at \(url) (\(reason)): check the network connection "
                + "(files fetched earlier stay usable from the cache)"
        case let .httpStatus(service, url, status, body):
            let detail = body.isEmpty ? "" : ": \(body.prefix(200))"
            return "\(service) answered HTTP \(status) for \(url)\(detail)"
        case let .timedOut(service, url, seconds):
            return "\(service) did not answer within \(seconds) s for \(url)"
        case let .transfer(service, url, reason):
            return "download from \(service) failed for \(url): \(reason)"
        case let .sizeMismatch(url, expected, received):
            return "download of \(url) is incomplete: expected \(expected) bytes, got \(received)"
        case let .malformedResponse(service, url, reason):
            return "unexpected answer from \(service) for \(url): \(reason)"
        case let .unknownTarget(name):
            return "MAST could not resolve the target '\(name)'"
        case let .noProducts(target, filter):
            return "no \(filter) products at MAST for \(target)"
        case let .invalidArgument(message):
            return message
        case let .cache(path, reason):
            return "cannot write the cache file \(path): \(reason)"
        }
    }

    public var errorDescription: String? { description }

    /// True for failures worth another attempt (server errors, timeouts, cut connections).
    var isTransient: Bool {
        switch self {
        case let .httpStatus(_, _, status, _): return status >= 500 || status == 429 || status == 408
        case .timedOut, .transfer, .sizeMismatch: return true
        case .offline, .malformedResponse, .unknownTarget, .noProducts, .invalidArgument, .cache: return false
        }
    }
}
