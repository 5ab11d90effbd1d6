/// A file left out of a stitched light curve, and why.
///
/// JSON: `file`, `reason`.
public struct SetAsideFile: Sendable, Codable, Equatable {
    /// The file's path.
    public var file: String
    /// Why it was left out, e.g. "covers the same stretch (sector 1) as tess…_lc.fits, which is preferred: …".
    public var reason: String

    /// Creates an entry.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}

/// Chooses which light curves of one star are stitched: one product per stretch of time, so that
/// cadences observed once are counted once (the SPOC and data-alerts light curves of one sector
/// stitched together would count every cadence twice and raise the SNR by √2).
///
/// Two light curves overlap when their time spans (in BJD) share more than one cadence. The
/// products are taken in order of preference and each is kept unless it overlaps one already
/// kept; the others are set aside with the reason. Preference, first criterion first:
/// 1. the source: a mission pipeline light curve (Kepler, K2, TESS SPOC), then a high-level
///    product (TESS data-alerts, TESS-SPOC, QLP, K2SFF, …), then a custom light curve, then
///    aperture photometry from a target pixel file, then a text table;
/// 2. the cadence: for TESS 2-min, then 20-s, then full-frame (FFI) cadences; for Kepler and K2
///    long cadence, then short cadence (a long-cadence file covers the whole quarter and the
///    search grid and the classifier's views are made for 30-min data);
/// 3. more cadences kept, then the order the files were given.
public enum ProductSelection {
    /// The indices of `parts` to stitch (in the given order) and the parts set aside with their reasons.
    public static func select(_ parts: [LightCurve]) -> (kept: [Int], setAside: [(index: Int, reason: String)]) {
        let spans = parts.map(span)
        let ranked = parts.indices.sorted { a, b in
            let (ra, rb) = (rank(parts[a]), rank(parts[b]))
            if ra.source != rb.source { return ra.source < rb.source }
            if ra.cadence != rb.cadence { return ra.cadence < rb.cadence }
            if parts[a].count != parts[b].count { return parts[a].count > parts[b].count }
            return a < b
        }
        var kept: [Int] = []
        var setAside: [(index: Int, reason: String)] = []
        for index in ranked {
            let overlapping = kept.first { other in
                guard let s = spans[index], let o = spans[other] else { return false }
                let tolerance = max(step(parts[index]), step(parts[other]))
                return min(s.upperBound, o.upperBound) - max(s.lowerBound, o.lowerBound) > tolerance
            }
            if let other = overlapping {
                setAside.append((index, reason(setAside: parts[index], keeping: parts[other])))
            } else {
                kept.append(index)
            }
        }
        return (kept.sorted(), setAside.sorted { $0.index < $1.index })
    }

    /// The preference of a light curve: lower is preferred.
    static func rank(_ lightCurve: LightCurve) -> (source: Int, cadence: Int) {
        let meta = lightCurve.metadata
        let product = meta.product
        let source: Int
        if product == "text table" { source = 4 }
        else if product.contains("target pixel file") { source = 3 }
        else if product.hasPrefix("custom ") { source = 2 }
        else if product.contains("HLSP") { source = 1 }
        else { source = 0 }
        let minutes = meta.cadenceDays * 1440
        let cadence: Int
        switch meta.mission {
        case .tess: cadence = !minutes.isFinite ? 3 : minutes < 1.5 ? 1 : minutes < 3 ? 0 : 2
        case .kepler, .k2: cadence = !minutes.isFinite ? 2 : minutes >= 5 ? 0 : 1
        case .unknown: cadence = 0
        }
        return (source, cadence)
    }

    private static func reason(setAside part: LightCurve, keeping other: LightCurve) -> String {
        let (a, b) = (rank(part), rank(other))
        let why: String
        if a.source != b.source { why = "a mission pipeline product is preferred to a high-level product, "
            + "a custom light curve, pixel-file photometry and a text table, in that order" }
        else if a.cadence != b.cadence { why = part.metadata.mission == .tess
            ? "TESS 2-min cadence is preferred to 20-s and to full-frame cadences"
            : "long cadence is preferred to short cadence (it covers the whole quarter or campaign)" }
        else if part.count != other.count { why = "it keeps more cadences (\(other.count) against \(part.count))" }
        else { why = "equal preference: the first file given is kept" }
        let segment = part.metadata.segment.map { " (\(segmentName(part.metadata.mission)) \($0))" } ?? ""
        let product = part.metadata.product.isEmpty ? "" : "\(part.metadata.product) "
        let keptProduct = other.metadata.product.isEmpty ? "" : " (\(other.metadata.product))"
        return "\(product)covers the same stretch of time\(segment) as \(fileName(other))\(keptProduct), "
            + "which is kept: \(why)"
    }

    private static func segmentName(_ mission: Mission) -> String {
        switch mission {
        case .kepler: "quarter"
        case .k2: "campaign"
        case .tess: "sector"
        case .unknown: "segment"
        }
    }

    private static func fileName(_ part: LightCurve) -> String {
        guard let path = part.metadata.sources.first else { return "another file" }
        return String(path.split(separator: "/").last ?? Substring(path))
    }

    /// First and last finite time in BJD (nil for an empty light curve).
    private static func span(_ part: LightCurve) -> ClosedRange<Double>? {
        let finite = part.time.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        let reference = part.metadata.timeReference
        return (low + reference)...(high + reference)
    }

    /// The cadence in days (0 when unknown).
    private static func step(_ part: LightCurve) -> Double {
        part.metadata.cadenceDays.isFinite ? part.metadata.cadenceDays : 0
    }
}
