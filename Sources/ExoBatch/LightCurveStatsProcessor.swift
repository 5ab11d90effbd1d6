import ExoBasics
import ExoLightCurve
import Foundation

/// A light per-star task: reads and stitches the star's files and reports one row of statistics.
///
/// Useful to check a data set before a long vetting run (which files read, how many cadences, how noisy),
/// and as the fast processor of the batch tests. Columns: `mission`, `target` (from the file headers),
/// `files`, `cadences`, `time_start`, `time_end` (days, mission time system), `span_days`,
/// `robust_rms_ppm` (1.4826 × median absolute deviation of the stitched, median-normalised flux).
public struct LightCurveStatsProcessor: StarProcessor {
    public let name = "stats"
    public let columns = ["mission", "target", "files", "cadences", "time_start", "time_end", "span_days", "robust_rms_ppm"]

    public init() {}

    public func process(_ job: StarJob) throws -> [BatchRow] {
        let lightCurve = try LightCurveReader.read(contentsOf: job.files)
        guard let start = lightCurve.time.min(), let end = lightCurve.time.max() else {
            return [row(lightCurve, files: job.files.count, start: .null, end: .null, span: .null, rms: .null)]
        }
        let rms = RobustStatistics.standardDeviation(lightCurve.flux) / RobustStatistics.median(lightCurve.flux) * 1e6
        return [row(lightCurve, files: job.files.count, start: .double(start), end: .double(end),
                    span: .double(end - start), rms: rms.isFinite ? .double(rms) : .null)]
    }

    private func row(_ lightCurve: LightCurve, files: Int, start: BatchValue, end: BatchValue, span: BatchValue,
                     rms: BatchValue) -> BatchRow
    {
        ["mission": .string(lightCurve.metadata.mission.rawValue), "target": .string(lightCurve.metadata.targetID),
         "files": .int(files), "cadences": .int(lightCurve.count), "time_start": start, "time_end": end,
         "span_days": span, "robust_rms_ppm": rms]
    }
}
