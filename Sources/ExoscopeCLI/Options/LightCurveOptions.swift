import ArgumentParser
import Exoscope
import Foundation

/// How light curves are read: which flux column, which quality mask and, for text tables, which
/// columns. Shared by every command that reads light curves (`@OptionGroup var reading: LightCurveOptions`).
struct LightCurveOptions: ParsableArguments {
    @Option(help: "Flux column: pdcsap (systematics-corrected, default) or sap (simple aperture photometry).")
    var flux: FluxColumn = .pdcsap

    @Option(help: "Quality mask dropping flagged cadences, as lightkurve: default, hard, hardest or none.")
    var quality: QualityMask = .default

    @Option(help: "Text tables: the time, flux and optional error columns, by header name or 1-based number (default: by header name).")
    var columns: String?

    func validate() throws {
        if let columns, TextColumns(parsing: columns) == nil {
            throw ValidationError("--columns must be TIME,FLUX or TIME,FLUX,ERR, got '\(columns)'")
        }
    }

    /// The `--columns` choice.
    var textColumns: TextColumns? { columns.flatMap(TextColumns.init(parsing:)) }

    /// Reads one file with these options, with what was kept and dropped.
    func reading(_ path: String) throws -> LightCurveReading {
        try LightCurveReader.reading(contentsOf: URL(fileURLWithPath: path), flux: flux, quality: quality, columns: textColumns)
    }

    /// Reads one file, or several files of one star stitched (each normalised by its median).
    func lightCurve(_ paths: [String]) throws -> LightCurve {
        try lightCurveAndColumns(paths).lightCurve
    }

    /// ``lightCurve(_:)`` with the flux columns it was read from (e.g. `PDCSAP_FLUX`).
    func lightCurveAndColumns(_ paths: [String]) throws -> (lightCurve: LightCurve, fluxColumns: [String]) {
        let readings = try paths.map(reading)
        let columns = readings.map(\.fluxColumn).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if readings.count == 1 { return (readings[0].lightCurve, columns) }
        return (try LightCurveStitcher.stitch(readings.map(\.lightCurve)), columns)
    }
}
