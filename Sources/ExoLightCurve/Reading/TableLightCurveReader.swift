import ExoFITS

/// Reads light curves stored as one row per cadence in a binary table (mission pipelines, HLSPs,
/// K2SFF, custom files).
enum TableLightCurveReader {
    /// Flux columns tried, in order, for each choice.
    static func fluxCandidates(_ flux: FluxColumn) -> [String] {
        switch flux {
        case .pdcsap: ["PDCSAP_FLUX", "KSPSAP_FLUX", "DET_FLUX", "FCOR", "FLUX"]
        case .sap: ["SAP_FLUX", "FRAW", "FLUX"]
        }
    }

    static let timeColumns = ["TIME", "T"]
    static let qualityColumns = ["QUALITY", "SAP_QUALITY"]

    /// Whether `table` looks like a light curve: a time column and a scalar flux-like column.
    static func isLightCurveTable(_ table: FITSBinaryTable) -> Bool {
        let fluxNames = Set(fluxCandidates(.pdcsap) + fluxCandidates(.sap))
        return table.columns.contains { fluxNames.contains($0.name.uppercased()) && $0.repeatCount == 1 }
    }

    static func read(
        file: FITSFile, table: FITSBinaryTable, flux: FluxColumn, quality: QualityMask
    ) throws -> LightCurveReading {
        let path = file.path
        let tableName = table.hdu.name.isEmpty ? "HDU \(table.hdu.index)" : table.hdu.name
        guard let timeName = timeColumns.first(where: table.hasColumn) else {
            throw LightCurveError.missingTime(path: path, table: tableName)
        }
        let wanted = fluxCandidates(flux)
        guard let fluxName = wanted.first(where: { table.column(named: $0)?.repeatCount == 1 }) else {
            throw LightCurveError.missingFlux(path: path, table: tableName, wanted: wanted)
        }
        let time = try table.doubles(timeName)
        let fluxValues = try table.doubles(fluxName)
        let errorName = fluxName.uppercased() + "_ERR"
        let errors = table.hasColumn(errorName) ? try table.doubles(errorName) : [Double](repeating: .nan, count: time.count)
        let qualityName = qualityColumns.first(where: table.hasColumn)
        let flags = try qualityName.map { try table.integers($0) } ?? [Int64](repeating: 0, count: time.count)
        let cadences = table.hasColumn("CADENCENO") ? try table.integers("CADENCENO") : nil
        guard fluxValues.contains(where: \.isFinite) || fluxValues.isEmpty else {
            throw LightCurveError.noFiniteFlux(path: path, column: fluxName)
        }
        let primary = file.hdus[0].header
        var metadata = FITSMetadataParser.metadata(primary: primary, table: table.hdu.header, path: path, time: time)
        let kind: LightCurveReading.Product = fluxName == "FCOR" || fluxName == "FRAW" ? .k2sff : .lightCurve
        metadata.product = FITSMetadataParser.productName(metadata, primary: primary, path: path, base: "light curve")
        return CadenceFilter.apply(
            time: time, flux: fluxValues, error: errors, quality: flags, cadence: cadences,
            metadata: metadata, mask: quality, product: kind, fluxColumn: fluxName)
    }
}
