/// Joins light curves of one star: each divided by its median flux, then sorted by time.
enum LightCurveStitcher {
    static func stitch(_ parts: [LightCurve]) throws -> LightCurve {
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
        let normalized = parts.map { $0.normalized() }
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
        var metadata = (identified.first ?? first).metadata
        metadata.sources = parts.flatMap(\.metadata.sources)
        let segments = Set(parts.compactMap(\.metadata.segment))
        metadata.segment = segments.count == 1 ? segments.first : nil
        if parts.count > 1 { metadata.product = "stitched \(parts.count) files: " + metadata.product }
        metadata.isNormalized = true
        return LightCurve(
            time: order.map { time[$0] }, flux: order.map { flux[$0] }, fluxError: order.map { error[$0] },
            quality: order.map { quality[$0] }, cadenceNumber: hasCadences ? order.map { cadence[$0] } : nil,
            metadata: metadata)
    }
}
