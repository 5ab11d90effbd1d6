import Exoscope
import Foundation

/// Light curves as the command line reads them: from a path, through `LightCurveReader`.
enum LightCurveTargets {
    /// Mission light-curve tables (Kepler, K2, TESS, HLSPs), with both flux columns.
    static func missionFile(_ data: Data) {
        let url = Scratch.write(data, as: "lightcurve.fits")
        _ = try? LightCurveReader.reading(contentsOf: url)
        _ = try? LightCurveReader.reading(contentsOf: url, flux: .sap, quality: .none)
    }

    /// Target pixel files: the pipeline aperture, a threshold aperture and the pixels themselves.
    static func pixelFile(_ data: Data) {
        let url = Scratch.write(data, as: "pixels.fits")
        _ = try? LightCurveReader.reading(contentsOf: url)
        _ = try? LightCurveReader.reading(contentsOf: url, aperture: .threshold(sigma: 3))
        _ = try? PixelTimeSeries.read(contentsOf: url)
    }

    /// CSV or whitespace-separated text.
    static func text(_ data: Data) {
        let url = Scratch.write(data, as: "lightcurve.csv")
        _ = try? LightCurveReader.reading(contentsOf: url)
    }
}
