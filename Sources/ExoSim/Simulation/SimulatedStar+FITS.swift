import ExoFITS
import ExoLightCurve
import Foundation

extension SimulatedStar {
    /// Writes the light curve as a Kepler/TESS-style FITS file with the truth in the primary header
    /// (``SimulationTruth/headerCards``); ``LightCurveReader`` and astropy read it.
    ///
    /// - Throws: ``FITSError/writeFailed(path:reason:)``.
    public func write(to url: URL) throws {
        try FITSWriter.write(lightCurve, to: url, extraHeader: truth.headerCards)
    }
}
