/// Applies the quality mask and drops non-finite rows, counting both.
enum CadenceFilter {
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
        let lc = LightCurve(
            time: keep.map { time[$0] }, flux: keep.map { flux[$0] }, fluxError: keep.map { error[$0] },
            quality: keep.map { Int32(truncatingIfNeeded: quality[$0]) },
            cadenceNumber: cadence.map { c in keep.map { Int32(truncatingIfNeeded: c[$0]) } },
            metadata: metadata)
        return LightCurveReading(
            lightCurve: lc, product: product, rowCount: time.count, droppedByQuality: droppedByQuality,
            droppedNonFinite: droppedNonFinite, fluxColumn: fluxColumn)
    }
}
