import Foundation

/// Light-curve files of one star (same mission and target identifier), each read once; or one file
/// that could not be read, with the error.
public struct StarFiles {
    /// The files, in the order given.
    public var urls: [URL]
    /// Their light curves as read (empty when ``readError`` is set).
    public var lightCurves: [LightCurve]
    /// Why the one file of this group could not be read (nil when it was).
    public var readError: Error?

    /// The star's light curve: the one file's, or the files stitched (``LightCurveStitcher``).
    ///
    /// - Throws: the read error, or the stitcher's.
    public func lightCurve() throws -> LightCurve {
        if let readError { throw readError }
        return lightCurves.count == 1 ? lightCurves[0] : try LightCurveStitcher.stitch(lightCurves)
    }

    /// `urls` grouped by the star they observe, in the order each star first appears, each file read
    /// once by `read`. A file without a target identifier is a star of its own, and so is a file that
    /// cannot be read (its group holds the error).
    public static func grouping(_ urls: [URL], read: (URL) throws -> LightCurve) -> [StarFiles] {
        var groups: [StarFiles] = []
        var keys: [String] = []
        for url in urls {
            do {
                let lightCurve = try read(url)
                let meta = lightCurve.metadata
                let key = meta.targetID.isEmpty ? "file:\(url.path)" : "\(meta.mission.rawValue)|\(meta.targetID)"
                if let index = keys.firstIndex(of: key) {
                    groups[index].urls.append(url)
                    groups[index].lightCurves.append(lightCurve)
                } else {
                    keys.append(key)
                    groups.append(StarFiles(urls: [url], lightCurves: [lightCurve]))
                }
            } catch {
                keys.append("unreadable:\(keys.count)")
                groups.append(StarFiles(urls: [url], lightCurves: [], readError: error))
            }
        }
        return groups
    }
}
