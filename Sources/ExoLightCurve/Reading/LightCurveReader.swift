import ExoFITS
import Foundation

/// Reads any supported light-curve product into a ``LightCurve``.
///
/// Supported: Kepler and K2 light curves (long and short cadence, `SAP_QUALITY`), TESS SPOC 2-min,
/// 20-s and FFI light curves (`QUALITY`), TESS data-alerts, TESS-SPOC and QLP high-level products,
/// K2SFF light curves (columns `T`, `FCOR`), lightkurve custom light curves (`FLUX`), target pixel
/// files (aperture photometry, see ``ApertureChoice``), gzip-compressed FITS, and plain CSV or
/// whitespace text tables.
///
/// ```swift
/// let lc = try LightCurveReader.read(contentsOf: url)                        // PDCSAP, default mask
/// let sap = try LightCurveReader.read(contentsOf: url, flux: .sap, quality: .hard)
/// let star = try LightCurveReader.read(contentsOf: [q3, q4, q5])            // stitched, normalised
/// ```
///
/// Rows whose quality flags hit the mask are dropped first, then rows whose time or flux is not
/// finite. Times are left as stored in the file (BJD − `metadata.timeReference`).
public enum LightCurveReader {
    /// Reads one file.
    ///
    /// - Parameters:
    ///   - url: a FITS (optionally gzip-compressed) or text file.
    ///   - flux: PDCSAP (default) or SAP flux; K2SFF files give FCOR or FRAW; pixel files ignore it.
    ///   - quality: the quality mask preset.
    ///   - columns: the time, flux and error columns of a text table (default: by header name).
    /// - Throws: ``FITSError`` or ``LightCurveError`` naming the file and the problem.
    public static func read(
        contentsOf url: URL, flux: FluxColumn = .pdcsap, quality: QualityMask = .default, columns: TextColumns? = nil
    ) throws -> LightCurve {
        try reading(contentsOf: url, flux: flux, quality: quality, columns: columns).lightCurve
    }

    /// Reads several files of one star, normalises each by its median flux, joins them and sorts
    /// by time.
    ///
    /// - Throws: ``LightCurveError/differentTargets(paths:targets:)`` when the files are of
    ///   different stars, ``LightCurveError/noFiles`` for an empty list, or any error of
    ///   ``read(contentsOf:flux:quality:)``.
    public static func read(
        contentsOf urls: [URL], flux: FluxColumn = .pdcsap, quality: QualityMask = .default, columns: TextColumns? = nil
    ) throws -> LightCurve {
        let readings = try urls.map { try reading(contentsOf: $0, flux: flux, quality: quality, columns: columns) }
        return try LightCurveStitcher.stitch(readings.map(\.lightCurve))
    }

    /// Reads one file and reports what was kept and dropped.
    ///
    /// - Parameters:
    ///   - aperture: the pixels summed for target pixel files (pipeline aperture by default).
    ///   - columns: the time, flux and error columns of a text table (default: by header name).
    public static func reading(
        contentsOf url: URL, flux: FluxColumn = .pdcsap, quality: QualityMask = .default,
        aperture: ApertureChoice = .pipeline, columns: TextColumns? = nil
    ) throws -> LightCurveReading {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw FITSError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard !data.isEmpty else { throw FITSError.empty(path: path) }
        let isFITS = data.starts(with: Array("SIMPLE  =".utf8))
        if !isFITS && !Gzip.isCompressed(data) {
            guard TextLightCurveReader.looksLikeText(data) else { throw FITSError.notFITS(path: path) }
            let textExtensions: Set<String> = ["csv", "txt", "dat", "tsv", "tbl", "ascii"]
            do {
                return try TextLightCurveReader.read(data, path: path, flux: flux, quality: quality, columns: columns)
            } catch is LightCurveError where !textExtensions.contains(url.pathExtension.lowercased()) {
                throw FITSError.notFITS(path: path)
            }
        }
        let file = try FITSFile(data: data, path: path)
        return try read(file, flux: flux, quality: quality, aperture: aperture)
    }

    /// Reads the light curve of an already parsed FITS file.
    public static func read(
        _ file: FITSFile, flux: FluxColumn = .pdcsap, quality: QualityMask = .default,
        aperture: ApertureChoice = .pipeline
    ) throws -> LightCurveReading {
        var tables: [FITSBinaryTable] = []
        for hdu in file.hdus where hdu.kind == .binaryTable {
            tables.append(try hdu.binaryTable())
        }
        if let table = tables.first(where: TableLightCurveReader.isLightCurveTable) {
            return try TableLightCurveReader.read(file: file, table: table, flux: flux, quality: quality)
        }
        if let table = tables.first(where: TargetPixelReader.isPixelTable) {
            return try TargetPixelReader.read(file: file, table: table, quality: quality, aperture: aperture)
        }
        if let table = tables.first(where: { !$0.hasColumn("TIME") && $0.columns.contains { $0.name.uppercased().contains("FLUX") } }) {
            throw LightCurveError.missingTime(path: file.path, table: table.hdu.name.isEmpty ? "HDU \(table.hdu.index)" : table.hdu.name)
        }
        let summary = file.hdus.map { hdu -> String in
            let name = hdu.name.isEmpty ? "HDU \(hdu.index)" : hdu.name
            return "\(name): \(hdu.kind.rawValue)"
        }.joined(separator: "; ")
        throw LightCurveError.noLightCurve(path: file.path, detail: "no light-curve or pixel table; HDUs: \(summary)")
    }
}
