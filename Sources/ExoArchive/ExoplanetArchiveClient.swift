import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Queries the NASA Exoplanet Archive's TAP service (`/TAP/sync?query=ADQL&format=csv`) into CSV.
///
/// ```swift
/// let csv = try await ExoplanetArchiveClient().query(table: .pscomppars, where: "hostname = 'WASP-126'")
/// ```
public struct ExoplanetArchiveClient: Sendable {
    /// The archive's root URL.
    public var baseURL: URL
    /// The HTTP transport (timeouts, retries).
    public var transport: HTTPTransport

    static let service = "NASA Exoplanet Archive"

    public init(
        baseURL: URL = ArchiveEndpoints.fromEnvironment().exoplanetArchive, transport: HTTPTransport = HTTPTransport()
    ) {
        self.baseURL = baseURL
        self.transport = transport
    }

    /// The ADQL query for `table` with optional column list, `WHERE` clause and `ORDER BY` clause.
    public static func adql(table: ExoplanetArchiveTable, columns: [String] = [], where condition: String? = nil,
                            orderBy: String? = nil) -> String
    {
        var query = "select \(columns.isEmpty ? "*" : columns.joined(separator: ",")) from \(table.rawValue)"
        if let condition, !condition.isEmpty { query += " where \(condition)" }
        if let orderBy, !orderBy.isEmpty { query += " order by \(orderBy)" }
        return query
    }

    /// The CSV (header line first) answering `table` restricted by `condition`.
    public func query(table: ExoplanetArchiveTable, columns: [String] = [], where condition: String? = nil,
                      orderBy: String? = nil) async throws -> Data
    {
        try await query(adql: Self.adql(table: table, columns: columns, where: condition, orderBy: orderBy))
    }

    /// The CSV answering an ADQL query.
    public func query(adql: String) async throws -> Data {
        let url = queryURL(adql: adql)
        let data = try await transport.data(for: URLRequest(url: url), service: Self.service)
        let head = String(decoding: data.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasPrefix("<?xml") || head.hasPrefix("<VOTABLE") || head.uppercased().hasPrefix("ERROR") {
            throw ArchiveError.malformedResponse(service: Self.service, url: url.absoluteString,
                                                 reason: "the query failed: \(head.prefix(300))")
        }
        return data
    }

    /// `BASE/TAP/sync?query=...&format=csv`.
    public func queryURL(adql: String) -> URL {
        var components = URLComponents(url: baseURL.appendingPathComponent("TAP/sync"), resolvingAgainstBaseURL: false)
        components?.queryItems = [URLQueryItem(name: "query", value: adql), URLQueryItem(name: "format", value: "csv")]
        // '+' is legal in a query string but TAP reads it as a space: encode it.
        let encodedQuery = components?.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        components?.percentEncodedQuery = encodedQuery
        return components?.url ?? baseURL
    }
}
