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

    /// Positions in `time` (any order) of the cadences with no other cadence within ``isolationDays``
    /// or 20 median time steps.
    static func isolatedCadences(_ time: [Double]) -> Set<Int> {
        guard time.count > 1 else { return [] }
        let order = time.indices.sorted { time[$0] < time[$1] }
        let steps = zip(order.dropFirst(), order).map { time[$0] - time[$1] }.filter { $0 > 0 }
        let limit = max(isolationDays, 20 * (RobustStatistics.median(steps).isFinite ? RobustStatistics.median(steps) : 0))
        var isolated: Set<Int> = []
        for (k, i) in order.enumerated() {
            let before = k > 0 ? time[i] - time[order[k - 1]] : .infinity
            let after = k + 1 < order.count ? time[order[k + 1]] - time[i] : .infinity
            if min(before, after) > limit { isolated.insert(i) }
        }
        return isolated
    }
}
