import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 (ephemeral port) for tests of network clients.
///
/// Each connection is answered once and closed (`Connection: close`). The handler decides the answer,
/// including failures: an HTTP error, a stall longer than the client's timeout, or a body cut short.
///
/// ```swift
/// let server = try LoopbackHTTPServer { request in .ok(Data("hello".utf8)) }
/// defer { server.stop() }
/// // GET server.baseURL ...
/// ```
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// A request as the server read it.
    public struct Request: Sendable {
        /// `GET`, `POST`...
        public var method: String
        /// The path without the query, e.g. `/api/v0/invoke`.
        public var path: String
        /// Decoded query items (last value wins).
        public var query: [String: String]
        /// Header fields, names lower-cased.
        public var headers: [String: String]
        /// The body bytes.
        public var body: Data

        /// The body's `application/x-www-form-urlencoded` fields, decoded.
        public var formFields: [String: String] {
            LoopbackHTTPServer.decodeForm(String(decoding: body, as: UTF8.self))
        }
    }

    /// What the server does with one request.
    public enum Reply: Sendable {
        /// A complete answer.
        case respond(status: Int, headers: [String: String], body: Data)
        /// Announces `body.count` bytes but sends only the first `sentBytes`, then closes the connection.
        case cut(body: Data, sentBytes: Int)
        /// Sends a complete answer without `Content-Length` but with only the first `sentBytes` bytes, then closes.
        case truncatedWithoutLength(body: Data, sentBytes: Int)
        /// Waits `seconds` without answering, then closes.
        case stall(seconds: Double)

        /// 200 with `body`.
        public static func ok(_ body: Data, contentType: String = "application/octet-stream") -> Reply {
            .respond(status: 200, headers: ["Content-Type": contentType], body: body)
        }

        /// An error status with a short text body.
        public static func status(_ code: Int, _ message: String = "error") -> Reply {
            .respond(status: code, headers: ["Content-Type": "text/plain"], body: Data(message.utf8))
        }
    }

    /// The server's root URL, `http://127.0.0.1:PORT`.
    public let baseURL: URL
    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false

    /// Starts listening on an ephemeral loopback port; `handler` answers each request (on a background thread).
    public init(handler: @escaping @Sendable (Request) -> Reply) throws {
        self.handler = handler
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Self.posixError("socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw Self.posixError("bind/listen")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let port = UInt16(bigEndian: address.sin_port)
        listener = fd
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// Every request received so far, in order.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    /// Stops accepting connections (idempotent).
    public func stop() {
        lock.lock()
        let wasStopped = stopped
        stopped = true
        lock.unlock()
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        guard let request = readRequest(client) else { return }
        lock.lock()
        received.append(request)
        lock.unlock()
        switch handler(request) {
        case let .respond(status, headers, body):
            sendAll(client, head(status: status, headers: headers, contentLength: body.count) + body)
        case let .cut(body, sentBytes):
            sendAll(client, head(status: 200, headers: [:], contentLength: body.count) + body.prefix(sentBytes))
        case let .truncatedWithoutLength(body, sentBytes):
            sendAll(client, head(status: 200, headers: [:], contentLength: nil) + body.prefix(sentBytes))
        case let .stall(seconds):
            Thread.sleep(forTimeInterval: seconds)
        }
        shutdown(client, Int32(SHUT_RDWR))
    }

    private func head(status: Int, headers: [String: String], contentLength: Int?) -> Data {
        var text = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\nConnection: close\r\n"
        if let contentLength { text += "Content-Length: \(contentLength)\r\n" }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Data((text + "\r\n").utf8)
    }

    private func sendAll(_ client: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                #if canImport(Glibc)
                let n = send(client, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                #else
                let n = send(client, base + offset, raw.count - offset, 0)
                #endif
                if n <= 0 { return }
                offset += n
            }
        }
    }

    private func readRequest(_ client: Int32) -> Request? {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        let separator = Data("\r\n\r\n".utf8)
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            let n = recv(client, &chunk, chunk.count, 0)
            if n <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<n])
            headerEnd = buffer.range(of: separator)
        }
        guard let headerEnd else { return nil }
        let headText = String(decoding: buffer[..<headerEnd.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(buffer[headerEnd.upperBound...])
        let expected = headers["content-length"].flatMap(Int.init) ?? 0
        while body.count < expected {
            let n = recv(client, &chunk, chunk.count, 0)
            if n <= 0 { break }
            body.append(contentsOf: chunk[0..<n])
        }
        let target = String(requestLine[1])
        let components = URLComponents(string: target)
        var query: [String: String] = [:]
        for item in components?.queryItems ?? [] { query[item.name] = item.value ?? "" }
        return Request(method: String(requestLine[0]), path: components?.path ?? target, query: query,
                       headers: headers, body: body)
    }

    static func decodeForm(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            let decode = { (s: String) in s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? s }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    private static func posixError(_ call: String) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(errno),
                userInfo: [NSLocalizedDescriptionKey: "\(call) failed: \(String(cString: strerror(errno)))"])
    }
}
