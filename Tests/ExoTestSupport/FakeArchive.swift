import Foundation

/// A loopback stand-in for MAST and the NASA Exoplanet Archive that answers in their documented formats.
///
/// MAST: `POST /api/v0/invoke` with the form field `request` (`Mast.Name.Lookup`, `Mast.Caom.Filtered`,
/// `Mast.Caom.Filtered.Position`, `Mast.Caom.Products`) and `GET /api/v0.1/Download/file?uri=`.
/// Exoplanet Archive: `GET /TAP/sync?query=ADQL&format=csv`. Queued ``faults`` are served first, so a test
/// can make the next downloads fail with a 500, stall, or cut the connection.
public final class FakeArchive: @unchecked Sendable {
    /// One file of one observation.
    public struct Product: Sendable {
        public var collection: String
        public var targetName: String
        public var obsid: String
        public var sequenceNumber: Int?
        public var rightAscension: Double
        public var declination: Double
        public var fileName: String
        public var subgroup: String
        public var body: Data

        public init(collection: String, targetName: String, obsid: String, sequenceNumber: Int?,
                    rightAscension: Double, declination: Double, fileName: String, subgroup: String, body: Data)
        {
            self.collection = collection
            self.targetName = targetName
            self.obsid = obsid
            self.sequenceNumber = sequenceNumber
            self.rightAscension = rightAscension
            self.declination = declination
            self.fileName = fileName
            self.subgroup = subgroup
            self.body = body
        }

        /// `mast:<collection>/product/<file name>`.
        public var dataURI: String { "mast:\(collection)/product/\(fileName)" }
    }

    /// Which kind of request a queued fault applies to.
    public enum Route: String, Sendable { case invoke, download, tap }

    /// The server (start/stop with the fake).
    public let server: LoopbackHTTPServer
    private let lock = NSLock()
    private var products: [Product]
    private var names: [String: (ra: Double, dec: Double)]
    private var tables: [String: String]
    private var queuedFaults: [Route: [LoopbackHTTPServer.Reply]] = [:]
    private var sizeOverrides: [String: Int] = [:]

    /// A fake serving `products`, resolving `names` (lower-cased name → position) and TAP `tables` (name → CSV).
    public init(products: [Product], names: [String: (ra: Double, dec: Double)] = [:], tables: [String: String] = [:]) throws {
        self.products = products
        self.names = names
        self.tables = tables
        let box = WeakBox()
        server = try LoopbackHTTPServer { request in box.fake?.handle(request) ?? .status(503, "gone") }
        box.fake = self
    }

    /// Root URL to put in `EXOSCOPE_MAST_URL` and `EXOSCOPE_EXOPLANET_ARCHIVE_URL`.
    public var baseURL: URL { server.baseURL }

    /// Serves `reply` to the next request of kind `route` instead of the normal answer (FIFO).
    public func enqueueFault(_ reply: LoopbackHTTPServer.Reply, for route: Route, times: Int = 1) {
        lock.lock()
        queuedFaults[route, default: []].append(contentsOf: Array(repeating: reply, count: times))
        lock.unlock()
    }

    /// Makes `Mast.Caom.Products` announce `size` bytes for `fileName` (to provoke a size mismatch).
    public func announceSize(_ size: Int, for fileName: String) {
        lock.lock()
        sizeOverrides[fileName] = size
        lock.unlock()
    }

    /// Number of requests of kind `route` received so far.
    public func requestCount(_ route: Route) -> Int {
        server.requests.filter { Self.route(of: $0) == route }.count
    }

    /// Stops the server.
    public func stop() { server.stop() }

    private static func route(of request: LoopbackHTTPServer.Request) -> Route? {
        if request.path.hasSuffix("/api/v0/invoke") { return .invoke }
        if request.path.hasSuffix("/Download/file") { return .download }
        if request.path.hasSuffix("/TAP/sync") { return .tap }
        return nil
    }

    private func handle(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
        guard let route = Self.route(of: request) else { return .status(404, "not found: \(request.path)") }
        lock.lock()
        if var queue = queuedFaults[route], !queue.isEmpty {
            let fault = queue.removeFirst()
            queuedFaults[route] = queue
            lock.unlock()
            return fault
        }
        lock.unlock()
        switch route {
        case .invoke: return invoke(request)
        case .download: return download(request)
        case .tap: return tap(request)
        }
    }

    private func download(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
        guard let uri = request.query["uri"], let product = products.first(where: { $0.dataURI == uri }) else {
            return .status(404, "no such file")
        }
        return .ok(product.body)
    }

    private func tap(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
        let query = (request.query["query"] ?? "").lowercased()
        guard request.query["format"] == "csv" else { return .status(400, "format must be csv") }
        let words = query.split(separator: " ").map(String.init)
        guard let fromIndex = words.firstIndex(of: "from"), fromIndex + 1 < words.count,
              let table = tables[words[fromIndex + 1]]
        else {
            let error = """
            <?xml version="1.0" encoding="UTF-8"?><VOTABLE version="1.3"><RESOURCE type="results">\
            <INFO name="QUERY_STATUS" value="ERROR">Table not found</INFO></RESOURCE></VOTABLE>
            """
            return .respond(status: 400, headers: ["Content-Type": "text/xml"], body: Data(error.utf8))
        }
        return .ok(Data(table.utf8), contentType: "text/csv")
    }

    private func invoke(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
        guard let text = request.formFields["request"],
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let service = object["service"] as? String
        else { return .status(400, "missing request") }
        let params = object["params"] as? [String: Any] ?? [:]
        switch service {
        case "Mast.Name.Lookup":
            let input = (params["input"] as? String ?? "").lowercased()
            let coordinates: [[String: Any]] = names[input].map {
                [["canonicalName": input.uppercased(), "ra": $0.ra, "decl": $0.dec, "radius": 0, "resolver": "SIMBAD",
                  "searchString": input, "objectType": "*"]]
            } ?? []
            return json(["resolvedCoordinate": coordinates, "status": ""])
        case "Mast.Caom.Filtered", "Mast.Caom.Filtered.Position":
            return json(page(observations(params: params)))
        case "Mast.Caom.Products":
            let ids = Set((params["obsid"] as? String ?? "").split(separator: ",").map(String.init))
            lock.lock()
            let overrides = sizeOverrides
            lock.unlock()
            let rows: [[String: Any]] = products.filter { ids.contains($0.obsid) }.map {
                ["obsID": $0.obsid, "obs_collection": $0.collection, "dataproduct_type": "timeseries",
                 "description": "Light curves", "type": "S", "dataURI": $0.dataURI, "productType": "SCIENCE",
                 "productSubGroupDescription": $0.subgroup, "productFilename": $0.fileName,
                 "size": overrides[$0.fileName] ?? $0.body.count, "dataRights": "PUBLIC", "calib_level": 3]
            }
            return json(page(rows))
        default:
            return .status(400, "unknown service \(service)")
        }
    }

    private func observations(params: [String: Any]) -> [[String: Any]] {
        var wanted: [String: Set<String>] = [:]
        for filter in params["filters"] as? [[String: Any]] ?? [] {
            if let name = filter["paramName"] as? String, let values = filter["values"] as? [Any] {
                wanted[name] = Set(values.map { "\($0)" })
            }
        }
        var cone: (ra: Double, dec: Double, radius: Double)?
        if let position = params["position"] as? String {
            let parts = position.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            if parts.count == 3 { cone = (parts[0], parts[1], parts[2]) }
        }
        var seen = Set<String>()
        return products.compactMap { product in
            if let set = wanted["obs_collection"], !set.contains(product.collection) { return nil }
            if let set = wanted["target_name"], !set.contains(product.targetName) { return nil }
            if let cone {
                let dRA = (product.rightAscension - cone.ra) * cos(cone.dec * .pi / 180)
                let dDec = product.declination - cone.dec
                if (dRA * dRA + dDec * dDec).squareRoot() > cone.radius { return nil }
            }
            guard seen.insert(product.obsid).inserted else { return nil }
            return ["obsid": product.obsid, "obs_id": product.obsid, "obs_collection": product.collection,
                    "dataproduct_type": "timeseries", "target_name": product.targetName,
                    "sequence_number": product.sequenceNumber.map { $0 as Any } ?? NSNull(),
                    "s_ra": product.rightAscension, "s_dec": product.declination, "t_exptime": 120.0,
                    "intentType": "science", "provenance_name": "SPOC"]
        }
    }

    private func page(_ rows: [[String: Any]]) -> [String: Any] {
        ["status": "COMPLETE", "msg": "", "data": rows, "fields": [],
         "paging": ["page": 1, "pageSize": rows.count, "pagesFiltered": 1, "rows": rows.count,
                    "rowsFiltered": rows.count, "rowsTotal": rows.count]]
    }

    private func json(_ object: [String: Any]) -> LoopbackHTTPServer.Reply {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return .ok(data, contentType: "application/json")
    }

    private final class WeakBox: @unchecked Sendable {
        weak var fake: FakeArchive?
    }
}
