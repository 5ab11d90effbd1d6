import ExoVetting
import Foundation

/// The vetting task of `exoscope batch`: each star's files go through ``VettingPipeline`` (read, stitch,
/// detrend, search, views, classifier, verdict rules) and each signal becomes one row.
///
/// Columns (docs/output.md): `mission`, `target`, `files`, `signal` (1 = strongest), `period`, `epoch`,
/// `duration` (days), `depth` (fractional), `depth_err`, `snr`, `sde`, `transit_count`, `planet_probability`,
/// `prob_pc`, `prob_eb`, `prob_j`, `verdict`, `flags` and `reasons` (joined with `;` and ` | `), then
/// `period_err`, `epoch_err` (days), `time_system` (of `epoch`) and `centroid_offset_sigma` (pixel files). A star whose files
/// cannot be read or searched throws, which makes it a failure row. Each worker thread gets its own
/// pipeline (and classifier), so the processor is safe to call concurrently.
public struct VettingStarProcessor: StarProcessor {
    public let name = "vet"
    public let columns = [
        "mission", "target", "files", "signal", "period", "epoch", "duration", "depth", "depth_err", "snr", "sde",
        "transit_count", "planet_probability", "prob_pc", "prob_eb", "prob_j", "verdict", "flags", "reasons",
        "period_err", "epoch_err", "time_system", "centroid_offset_sigma",
    ]
    private let pool: PipelinePool

    /// A processor with `configuration`; loads the classifier once to fail early when it is unavailable.
    public init(configuration: VettingConfiguration = VettingConfiguration()) throws {
        pool = PipelinePool(configuration: configuration, first: try VettingPipeline(configuration: configuration))
    }

    public func process(_ job: StarJob) throws -> [BatchRow] {
        let pipeline = try pool.checkOut()
        defer { pool.checkIn(pipeline) }
        let stars = try pipeline.vet(files: job.files)
        let problems = stars.compactMap { star in star.error.map { star.target + ": " + $0 } }
        guard problems.isEmpty else { throw VettingStarError(message: problems.joined(separator: "; ")) }
        var rows: [BatchRow] = []
        for star in stars {
            for (index, vetted) in star.signals.enumerated() {
                let s = vetted.signal
                rows.append([
                    "mission": .string(star.mission), "target": .string(star.target), "files": .int(star.files.count),
                    "signal": .int(index + 1), "period": .double(s.period), "epoch": .double(s.epoch),
                    "duration": .double(s.duration), "depth": .double(s.depth), "depth_err": .double(s.depthError),
                    "snr": .double(s.snr), "sde": .double(s.sde), "transit_count": .int(s.transitCount),
                    "planet_probability": .double(vetted.planetProbability), "prob_pc": .double(vetted.probabilities.pc),
                    "prob_eb": .double(vetted.probabilities.eb), "prob_j": .double(vetted.probabilities.j),
                    "verdict": .string(vetted.verdict.rawValue), "flags": .string(vetted.flags.map(\.rawValue).joined(separator: ";")),
                    "reasons": .string(vetted.reasons.joined(separator: " | ")),
                    "period_err": s.periodError.map(BatchValue.double) ?? .null,
                    "epoch_err": s.epochError.map(BatchValue.double) ?? .null,
                    "time_system": star.timeReference.map { .string($0.system) } ?? .null,
                    "centroid_offset_sigma": vetted.centroid.map { .double($0.significance) } ?? .null,
                ])
            }
        }
        return rows
    }
}

/// Why a star could not be vetted (the pipeline's own message).
struct VettingStarError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Idle pipelines, one per worker thread at most.
private final class PipelinePool: @unchecked Sendable {
    private let lock = NSLock()
    private let configuration: VettingConfiguration
    private var idle: [VettingPipeline]

    init(configuration: VettingConfiguration, first: VettingPipeline) {
        self.configuration = configuration
        idle = [first]
    }

    func checkOut() throws -> VettingPipeline {
        lock.lock()
        if let pipeline = idle.popLast() {
            lock.unlock()
            return pipeline
        }
        lock.unlock()
        return try VettingPipeline(configuration: configuration)
    }

    func checkIn(_ pipeline: VettingPipeline) {
        lock.lock()
        idle.append(pipeline)
        lock.unlock()
    }
}
