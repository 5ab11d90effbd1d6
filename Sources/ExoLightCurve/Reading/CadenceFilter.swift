import ExoBasics
/// Applies the quality mask and drops non-finite rows and impossible times, counting each. Fluxes are
/// kept as the file gives them (as astropy reads them); the search drops the implausible ones.
enum CadenceFilter {
    /// A cadence with no other cadence within this many days, or 20 typical time steps if that is
    /// longer (sparse text tables), is a damaged time, not an observation: every mission samples at
    /// 30 minutes or faster.
    static let isolationDays = 0.5
    static func apply(
        time: [Double], flux: [Double], error: [Double], quality: [Int64], cadence: [Int64]?,
        metadata: LightCurveMetadata, mask: QualityMask, product: LightCurveReading.Product, fluxColumn: String
    ) -> LightCurveReading {
        let bitmask = mask.bitmask(for: metadata.mission)
        var keep: [Int] = []
        keep.reserveCapacity(time.count)
        var droppedByQuality = 0, droppedNonFinite = 0
        for i in time.indices {
            if quality[i] & bitmask != 0 {
                droppedByQuality += 1
            } else if !time[i].isFinite || !flux[i].isFinite {
                droppedNonFinite += 1
            } else {
                keep.append(i)
            }
        }
        let isolated = isolatedCadences(keep.map { time[$0] })
        if !isolated.isEmpty { keep = keep.indices.filter { !isolated.contains($0) }.map { keep[$0] } }
        let lc = LightCurve(
            time: keep.map { time[$0] }, flux: keep.map { flux[$0] }, fluxError: keep.map { error[$0] },
            quality: keep.map { Int32(truncatingIfNeeded: quality[$0]) },
            cadenceNumber: cadence.map { c in keep.map { Int32(truncatingIfNeeded: c[$0]) } },
            metadata: metadata)
        return LightCurveReading(
            lightCurve: lc, product: product, rowCount: time.count, droppedByQuality: droppedByQuality,
            droppedNonFinite: droppedNonFinite, droppedImpossible: isolated.count, fluxColumn: fluxColumn)
    }

    /// Positions in `time` (any order) of damaged times: the cadences of a cluster (cadences closer than
    /// ``isolationDays`` or 20 median time steps to the next) that is not the largest, holds under 1% of
    /// the cadences, and is either a lone cadence or holds two cadences closer than half a time step
    /// (repeated or near-identical values, as when a damaged block writes one number, or denormal
    /// garbage, into several rows: real cadences are at least a time step apart).
    static func isolatedCadences(_ time: [Double]) -> Set<Int> {
        guard time.count > 1 else { return [] }
        let order = time.indices.sorted { time[$0] < time[$1] }
        let steps = zip(order.dropFirst(), order).map { time[$0] - time[$1] }.filter { $0 > 0 }
        let step = RobustStatistics.median(steps)
        let limit = max(isolationDays, 20 * (step.isFinite ? step : 0))
        var clusters: [Range<Int>] = []  // ranges of `order`
        var start = 0
        for k in 1...order.count where k == order.count || time[order[k]] - time[order[k - 1]] > limit {
            clusters.append(start..<k)
            start = k
        }
        let largest = clusters.max { $0.count < $1.count }
        var damaged: Set<Int> = []
        for cluster in clusters where cluster != largest && Double(cluster.count) < 0.01 * Double(time.count) {
            let closest = zip(cluster.dropFirst(), cluster).map { time[order[$0]] - time[order[$1]] }.min() ?? 0
            if cluster.count == 1 || !(closest >= 0.5 * step) { damaged.formUnion(cluster.map { order[$0] }) }
        }
        return damaged
    }
}
