/// Joins light curves of one star: one product per stretch of time (``ProductSelection``), each
/// divided by its median flux, then sorted by time. The files set aside are listed in
/// ``LightCurveMetadata/setAside``.
public enum LightCurveStitcher {
    /// The stitched light curve of `parts`, light curves of one star as read.
    ///
    /// - Throws: ``LightCurveError/noFiles`` for an empty list,
    ///   ``LightCurveError/differentTargets(paths:targets:)`` when they are of different stars.
    public static func stitch(_ parts: [LightCurve]) throws -> LightCurve {
        guard let first = parts.first else { throw LightCurveError.noFiles }
        let identified = parts.filter { $0.metadata.mission != .unknown }
        if let reference = identified.first {
            let mismatch = identified.contains {
                $0.metadata.targetID != reference.metadata.targetID || $0.metadata.mission != reference.metadata.mission
            }
            if mismatch {
                throw LightCurveError.differentTargets(
                    paths: parts.flatMap(\.metadata.sources),
                    targets: parts.map { "\($0.metadata.mission.rawValue) \($0.metadata.targetID)" })
            }
        }
        let selection = ProductSelection.select(parts)
        let used = selection.kept.map { parts[$0] }
        let setAside = selection.setAside.flatMap { entry in
            parts[entry.index].metadata.sources.map { SetAsideFile(file: $0, reason: entry.reason) }
        }
        let normalized = used.map { $0.normalized() }
        var time: [Double] = [], flux: [Double] = [], error: [Double] = [], quality: [Int32] = []
        let hasCadences = normalized.allSatisfy { $0.cadenceNumber != nil }
        var cadence: [Int32] = []
        for part in normalized {
            time += part.time
            flux += part.flux
            error += part.fluxError
            quality += part.quality
            if hasCadences, let c = part.cadenceNumber { cadence += c }
        }
        let order = time.indices.sorted { time[$0] < time[$1] }
        var metadata = (used.first { $0.metadata.mission != .unknown } ?? used.first ?? first).metadata
        metadata.sources = used.flatMap(\.metadata.sources)
        metadata.setAside = parts.flatMap(\.metadata.setAside) + setAside
        let segments = Set(used.compactMap(\.metadata.segment))
        metadata.segment = segments.count == 1 ? segments.first : nil
        if used.count > 1 { metadata.product = "stitched \(used.count) files: " + metadata.product }
        metadata.isNormalized = true
        return LightCurve(
            time: order.map { time[$0] }, flux: order.map { flux[$0] }, fluxError: order.map { error[$0] },
            quality: order.map { quality[$0] }, cadenceNumber: hasCadences ? order.map { cadence[$0] } : nil,
            metadata: metadata)
    }
}
