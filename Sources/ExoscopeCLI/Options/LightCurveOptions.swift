import ArgumentParser
import Exoscope
import Foundation

/// How light curves are read: which flux column and which quality mask. Shared by every command
/// that reads light curves (`@OptionGroup var reading: LightCurveOptions`).
struct LightCurveOptions: ParsableArguments {
    @Option(help: "Flux column: pdcsap (systematics-corrected, default) or sap (simple aperture photometry).")
    var flux: FluxColumn = .pdcsap

    @Option(help: "Quality mask dropping flagged cadences, as lightkurve: default, hard, hardest or none.")
    var quality: QualityMask = .default

    /// Reads one file with these options, with what was kept and dropped.
    func reading(_ path: String) throws -> LightCurveReading {
        try LightCurveReader.reading(contentsOf: URL(fileURLWithPath: path), flux: flux, quality: quality)
    }

    /// Reads one file, or several files of one star stitched (each normalised by its median).
    func lightCurve(_ paths: [String]) throws -> LightCurve {
        let urls = paths.map { URL(fileURLWithPath: $0) }
        if urls.count == 1 { return try LightCurveReader.read(contentsOf: urls[0], flux: flux, quality: quality) }
        return try LightCurveReader.read(contentsOf: urls, flux: flux, quality: quality)
    }
}
