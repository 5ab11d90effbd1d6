import ExoFITS

/// Simple aperture photometry from a target pixel file.
///
/// The calibrated `FLUX` pixels are summed over the aperture (NaN pixels skipped; a cadence whose
/// aperture pixels are all NaN gets NaN flux and is dropped); the error is
/// sqrt(Σ FLUX_ERR²) over the same pixels. The pipeline has already subtracted the background, so
/// nothing else is subtracted.
enum TargetPixelReader {
    /// Whether `table` is a pixel table: TIME plus an array-valued FLUX column.
    static func isPixelTable(_ table: FITSBinaryTable) -> Bool {
        table.hasColumn("TIME") && (table.column(named: "FLUX")?.repeatCount ?? 0) > 1
    }

    static func read(
        file: FITSFile, table: FITSBinaryTable, quality: QualityMask, aperture: ApertureChoice
    ) throws -> LightCurveReading {
        let path = file.path
        guard let fluxColumn = table.column(named: "FLUX") else {
            throw LightCurveError.missingFlux(path: path, table: table.hdu.name, wanted: ["FLUX"])
        }
        let pixels = fluxColumn.repeatCount
        let time = try table.doubles("TIME")
        let flux = try table.floats("FLUX")
        let fluxError = table.hasColumn("FLUX_ERR") ? try table.floats("FLUX_ERR") : nil
        let flags = table.hasColumn("QUALITY") ? try table.integers("QUALITY") : [Int64](repeating: 0, count: time.count)
        let cadences = table.hasColumn("CADENCENO") ? try table.integers("CADENCENO") : nil

        var description: String
        var mask: [Bool]
        switch aperture {
        case .pipeline:
            let pipeline = pipelineMask(file, pixels: pixels)
            if let pipeline, pipeline.contains(true) {
                mask = pipeline
                description = "pipeline aperture"
            } else {
                mask = ApertureMask.threshold(flux: flux, pixels: pixels, width: fluxColumn.dimensions.first ?? pixels, sigma: 3)
                description = "threshold aperture (3 sigma; pipeline aperture empty)"
            }
        case let .threshold(sigma):
            mask = ApertureMask.threshold(flux: flux, pixels: pixels, width: fluxColumn.dimensions.first ?? pixels, sigma: sigma)
            description = "threshold aperture (\(sigma) sigma)"
        }
        if !mask.contains(true) {
            mask = [Bool](repeating: true, count: pixels)
            description = "all pixels (no aperture found)"
        }
        let (sum, error) = ApertureMask.sum(flux: flux, error: fluxError, mask: mask, rows: time.count)
        let primary = file.hdus[0].header
        var metadata = FITSMetadataParser.metadata(primary: primary, table: table.hdu.header, path: path, time: time)
        let count = mask.filter { $0 }.count
        metadata.product = FITSMetadataParser.productName(
            metadata, primary: primary, path: path, base: "target pixel file, \(description), \(count) pixels")
        return CadenceFilter.apply(
            time: time, flux: sum, error: error, quality: flags, cadence: cadences, metadata: metadata,
            mask: quality, product: .targetPixelFile, fluxColumn: "FLUX (sum of \(count) pixels)")
    }

    /// Pixels with bit 2 (value 2) of the APERTURE image set, if the file has a matching image.
    private static func pipelineMask(_ file: FITSFile, pixels: Int) -> [Bool]? {
        guard let hdu = file.hdu(named: "APERTURE"), let image = try? hdu.image(), image.pixelCount == pixels else {
            return nil
        }
        return image.integers().map { $0 & 2 != 0 }
    }
}
