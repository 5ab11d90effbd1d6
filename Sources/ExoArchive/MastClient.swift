import ExoLightCurve
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Finds and downloads Kepler, K2 and TESS time-series products at MAST.
///
/// Uses MAST's portal API: `POST /api/v0/invoke` with a form field `request` holding the JSON request
/// (`Mast.Name.Lookup`, `Mast.Caom.Filtered`, `Mast.Caom.Filtered.Position`, `Mast.Caom.Products`),
/// and `GET /api/v0.1/Download/file?uri=...` for the files.
///
/// ```swift
/// let mast = MastClient()
/// let products = try await mast.search(ProductQuery(target: .init(parsing: "TIC 25155310"), segment: 1))
/// let file = try await mast.download(products[0], into: .resolve())
/// ```
public struct MastClient: Sendable {
    /// MAST's root URL.
    public var baseURL: URL
    /// The HTTP transport (timeouts, retries).
    public var transport: HTTPTransport
    /// Cone radius for name searches, degrees (the nearest star in it is taken).
    public var coneRadiusDegrees: Double = 0.005

    static let service = "MAST"

    public init(baseURL: URL = ArchiveEndpoints.fromEnvironment().mast, transport: HTTPTransport = HTTPTransport()) {
        self.baseURL = baseURL
        self.transport = transport
    }

    // MARK: Queries

    /// The sky position of a named object (`Mast.Name.Lookup`).
    public func resolvePosition(name: String) async throws -> SkyPosition {
        let request: [String: Any] = [
            "service": "Mast.Name.Lookup", "format": "json", "params": ["input": name, "format": "json"],
        ]
        let data = try await invoke(request)
        struct Answer: Decodable {
            struct Coordinate: Decodable {
                var ra: Double
                var decl: Double
                var canonicalName: String?
            }
            var resolvedCoordinate: [Coordinate]?
        }
        let answer = try decode(Answer.self, from: data)
        guard let first = answer.resolvedCoordinate?.first else { throw ArchiveError.unknownTarget(name) }
        return SkyPosition(rightAscension: first.ra, declination: first.decl, canonicalName: first.canonicalName ?? name)
    }

    /// The mission time-series observations of `target` in `missions` (`Mast.Caom.Filtered`, or
    /// `Mast.Caom.Filtered.Position` around the resolved position for names, keeping the nearest star).
    public func observations(of target: TargetIdentifier, missions: [Mission]) async throws -> [MastObservation] {
        let collections = missions.map(\.rawValue)
        var filters: [[String: Any]] = [
            ["paramName": "obs_collection", "values": collections],
            ["paramName": "dataproduct_type", "values": ["timeseries"]],
        ]
        var params: [String: Any] = ["columns": "*"]
        let service: String
        var position: SkyPosition?
        if let targetName = target.mastTargetName {
            filters.append(["paramName": "target_name", "values": [targetName]])
            service = "Mast.Caom.Filtered"
        } else if case let .name(name) = target {
            let resolved = try await resolvePosition(name: name)
            position = resolved
            params["position"] = "\(resolved.rightAscension), \(resolved.declination), \(coneRadiusDegrees)"
            service = "Mast.Caom.Filtered.Position"
        } else {
            throw ArchiveError.unknownTarget(target.description)
        }
        params["filters"] = filters
        let data = try await invoke(["service": service, "format": "json", "pagesize": 5000, "page": 1, "params": params])
        struct Answer: Decodable { var data: [MastObservation]? }
        var rows = (try decode(Answer.self, from: data).data ?? []).filter { collections.contains($0.collection) }
        if let position { rows = Self.nearestStar(in: rows, to: position) }
        return rows.sorted { ($0.collection, $0.sequenceNumber ?? 0, $0.observationID) < ($1.collection, $1.sequenceNumber ?? 0, $1.observationID) }
    }

    /// The files of `observations` (`Mast.Caom.Products`), in a stable order.
    public func products(of observations: [MastObservation]) async throws -> [MastProduct] {
        guard !observations.isEmpty else { return [] }
        let ids = observations.map(\.obsid).joined(separator: ",")
        let data = try await invoke([
            "service": "Mast.Caom.Products", "format": "json", "pagesize": 10000, "page": 1, "params": ["obsid": ids],
        ])
        struct Answer: Decodable { var data: [MastProduct]? }
        let collectionByObsid = Dictionary(observations.map { ($0.obsid, $0.collection) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        return (try decode(Answer.self, from: data).data ?? []).compactMap { product in
            var product = product
            if product.collection.isEmpty { product.collection = collectionByObsid[product.obsid] ?? "" }
            return seen.insert(product.dataURI).inserted ? product : nil
        }.sorted { $0.fileName < $1.fileName }
    }

    /// The files matching `query`: observations, then products filtered by kind and segment.
    public func search(_ query: ProductQuery) async throws -> [MastProduct] {
        var observations = try await self.observations(of: query.target, missions: query.effectiveMissions)
        if let segment = query.segment {
            observations = observations.filter { $0.mission == .kepler || $0.sequenceNumber == segment }
        }
        let products = try await self.products(of: observations).filter { product in
            guard let kind = product.kind, query.kinds.contains(kind) else { return false }
            if let segment = query.segment, product.collection == Mission.kepler.rawValue {
                return product.keplerQuarter == segment
            }
            return true
        }
        guard !products.isEmpty else {
            throw ArchiveError.noProducts(target: query.target.description, filter: query.summary)
        }
        return products
    }

    // MARK: Downloads

    /// The download URL of a MAST URI.
    public func downloadURL(for dataURI: String) -> URL {
        var components = URLComponents(url: baseURL.appendingPathComponent("api/v0.1/Download/file"),
                                       resolvingAgainstBaseURL: false)
        components?.queryItems = [URLQueryItem(name: "uri", value: dataURI)]
        return components?.url ?? baseURL
    }

    /// Downloads `product` into `cache` unless it is already there with the right size; returns its path.
    @discardableResult
    public func download(_ product: MastProduct, into cache: ArchiveCache) async throws -> URL {
        let destination = cache.location(of: product)
        if cache.contains(product) { return destination }
        try await transport.download(
            from: downloadURL(for: product.dataURI), to: destination, expectedSize: product.size, service: Self.service)
        return destination
    }

    // MARK: Plumbing

    private func invoke(_ request: [String: Any]) async throws -> Data {
        let url = baseURL.appendingPathComponent("api/v0/invoke")
        let json = try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = String(decoding: json, as: UTF8.self).addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = "POST"
        urlRequest.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        urlRequest.setValue("application/json", forHTTPHeaderField: "Accept")
        urlRequest.httpBody = Data("request=\(encoded)".utf8)
        return try await transport.data(for: urlRequest, service: Self.service)
    }

    private func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw ArchiveError.malformedResponse(
                service: Self.service, url: baseURL.appendingPathComponent("api/v0/invoke").absoluteString,
                reason: "not the JSON MAST sends (\(error))")
        }
    }

    /// Keeps, per collection, the observations of the target name nearest to `position`.
    static func nearestStar(in rows: [MastObservation], to position: SkyPosition) -> [MastObservation] {
        var nearest: [String: (name: String, distance: Double)] = [:]
        for row in rows {
            guard let ra = row.rightAscension, let dec = row.declination else { continue }
            let distance = position.distance(toRA: ra, dec: dec)
            if let best = nearest[row.collection], best.distance <= distance { continue }
            nearest[row.collection] = (row.targetName, distance)
        }
        return rows.filter { nearest[$0.collection]?.name == $0.targetName }
    }
}
