import ExoSearch
import Foundation

/// The centroid test of a lone transit read from a target pixel file: the difference image of
/// that one transit (a period far longer than any pixel file), judged with the same thresholds as
/// periodic signals.
enum SingleTransitCentroid {
    /// `event`, turned into an eclipsing binary on a blended source when its centroid moves
    /// significantly off the target during the transit; unchanged without a pixel file.
    static func check(_ event: SingleTransit, pixelFile: URL?, thresholds: VerdictThresholds) -> SingleTransit {
        guard let pixelFile,
              let centroid = CentroidOffset.measure(pixelFile: pixelFile, period: 1e5, epoch: event.epoch, duration: event.duration),
              centroid.significance >= thresholds.centroidSigma, centroid.offsetPixels >= thresholds.centroidOffsetPixels
        else { return event }
        var result = event
        result.flags.append("centroid_offset")
        result.verdict = "eclipsing-binary"
        result.reasons.insert(String(format: "the difference image puts the transit source %.2f pixels (%.1f sigma) from the target: a blended background binary",
                                     centroid.offsetPixels, centroid.significance), at: 0)
        return result
    }
}
