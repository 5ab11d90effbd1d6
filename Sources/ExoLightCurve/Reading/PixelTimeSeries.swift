import ExoFITS
import Foundation

/// The calibrated pixels of a target pixel file, cadence by cadence: what the centroid and
/// difference-image checks read (the light curve itself comes from ``LightCurveReader``).
public struct PixelTimeSeries: Sendable {
    /// Cadence times, days, in the file's time system.
    public var time: [Double]
    /// Calibrated flux, cadence after cadence, each cadence `pixelCount` values in the image's
    /// row-major order (NaN pixels as in the file).
    public var flux: [Float]
    /// Quality flags per cadence (0 when the file has none).
    public var quality: [Int64]
    /// Pixels per cadence.
    public var pixelCount: Int
    /// Image columns (pixels per image row).
    public var width: Int
    /// Arcseconds per pixel from the WCS of the flux column (`1CDLTn`, `2CDLTn`); nil when the file has none.
    public var pixelScale: Double? = nil

    /// Reads the pixel table of the target pixel file at `url` (gzip allowed).
    ///
    /// - Throws: ``LightCurveError/noLightCurve(path:detail:)`` when the file holds no pixel table
    ///   or its table is inconsistent; ``ExoFITS/FITSError`` for an unreadable file.
    public static func read(contentsOf url: URL) throws -> PixelTimeSeries {
        let file = try FITSFile(contentsOf: url)
        guard let table = file.hdus.lazy.compactMap({ try? $0.binaryTable() }).first(where: TargetPixelReader.isPixelTable),
              let fluxColumn = table.column(named: "FLUX")
        else { throw LightCurveError.noLightCurve(path: url.path, detail: "no pixel table (TIME and an array-valued FLUX)") }
        let time = try table.doubles("TIME")
        let flux = try table.floats("FLUX")
        let pixels = fluxColumn.repeatCount
        let width = fluxColumn.dimensions.first ?? pixels
        guard width > 0, pixels % width == 0, flux.count == time.count * pixels else {
            throw LightCurveError.noLightCurve(path: url.path, detail: "pixel table of \(time.count) cadences holds "
                + "\(flux.count) flux values for \(pixels) pixels \(width) wide")
        }
        let quality = table.hasColumn("QUALITY") ? try table.integers("QUALITY") : [Int64](repeating: 0, count: time.count)
        guard quality.count == time.count else {
            throw LightCurveError.noLightCurve(path: url.path, detail: "QUALITY has \(quality.count) rows for \(time.count) cadences")
        }
        let column = (table.columns.firstIndex { $0.name == fluxColumn.name } ?? 0) + 1
        let scales = ["1CDLT\(column)", "2CDLT\(column)"].compactMap { table.hdu.header.double($0) }
        let scale = scales.count == 2 ? (abs(scales[0] * scales[1])).squareRoot() * 3600 : nil
        return PixelTimeSeries(time: time, flux: flux, quality: quality, pixelCount: pixels, width: width,
                               pixelScale: scale.flatMap { $0.isFinite && $0 > 0 ? $0 : nil })
    }
}
