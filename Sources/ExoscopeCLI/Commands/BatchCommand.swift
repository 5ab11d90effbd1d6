import ArgumentParser
import Exoscope
import Foundation

extension BatchTask: ExpressibleByArgument {}

/// `exoscope batch`: runs a per-star task over a manifest or folder, sharded and resumable.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Vet every star of a manifest (CSV) or folder, resumably, optionally as one shard of many.",
        discussion: """
        Writes OUT/signals.csv and OUT/signals.jsonl (one row per signal), OUT/failures.csv and \
        OUT/failures.jsonl (one row per star that failed, with its error) and OUT/journal.jsonl. Killed at any \
        moment, the same command resumes where it stopped with no row lost or repeated. --shard I/N (0-based) \
        runs the I-th of N disjoint parts; `exoscope merge` joins the parts. The exit status is 1 when any star \
        of the shard failed (every star still has its row), unless --failures-ok. See docs/batch.md.
        """
    )

    @Option(help: "A CSV with a 'file' column (and optionally 'star'), a CSV of targets (a 'target' column: fetched from MAST), or a folder of FITS files.")
    var manifest: String

    @Option(help: "Output folder (reuse it to resume).")
    var out: String

    @Option(help: "Stars processed at once (default: --threads); the threads are shared among them.")
    var jobs: Int?

    @Option(help: "Run only shard I of N (0-based, e.g. 0/4).")
    var shard: String?

    @Option(help: "Per-star task: \(BatchTask.allCases.map(\.rawValue).joined(separator: ", ")).")
    var task: BatchTask = .vet

    @Flag(name: .customLong("retry-failed"), help: "Process again the stars that failed in an earlier run.")
    var retryFailed = false

    @Flag(name: .customLong("no-progress"), help: "Do not draw the progress bar on standard error.")
    var noProgress = false

    @Flag(name: .customLong("failures-ok"),
          help: "Exit 0 although stars failed (their rows are in failures.csv): for schedulers, where a failed shard would hold back the merge.")
    var failuresOK = false

    @Option(help: "For a target manifest: missions to fetch (kepler, k2, tess; default: the catalogue's, or all).")
    var mission: [MissionArgument] = []

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var reading: LightCurveOptions
    @OptionGroup var vetting: VettingOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if let shard { _ = try BatchShard(parsing: shard) }
    }

    func run() throws {
        let plan = threadPlan
        Threading.threadCount = plan.threadsPerJob
        StandardError.write("""
            batch: \(plan.jobs) job\(plan.jobs == 1 ? "" : "s") at once, \(plan.threadsPerJob) \
            thread\(plan.threadsPerJob == 1 ? "" : "s") each
            """)
        let stars = try BatchManifest.read(contentsOf: URL(fileURLWithPath: manifest), identify: BatchManifest.headerIdentity)
        let processor = FetchingStarProcessor(
            wrapping: try task.makeProcessor(vetting: vettingConfiguration()), client: MastClient(transport: archive.transport),
            cache: archive.archiveCache, missions: mission.map(\.mission))
        let runner = BatchRunner(processor: processor, outputDirectory: URL(fileURLWithPath: out), jobs: plan.jobs,
                                 shard: try shard.map(BatchShard.init(parsing:)), retryFailed: retryFailed)
        let bar = noProgress ? nil : BatchProgressBar()
        let summary = try runner.run(stars) { bar?.update($0) }
        print(summary.text)
        if summary.failed > 0 && !failuresOK { throw ExitCode.failure }
    }

    /// Stars at once, and threads for each: --threads shared among the --jobs.
    private var threadPlan: (jobs: Int, threadsPerJob: Int) {
        let threads = vetting.search.threading.threads
        let jobs = jobs ?? threads
        return (jobs, max(1, threads / jobs))
    }

    /// The `vet` task's settings, searching with each job's share of the threads.
    private func vettingConfiguration() -> VettingConfiguration {
        var configuration = vetting.configuration(reading: reading, keepsReportData: false)
        configuration.search.threads = threadPlan.threadsPerJob
        return configuration
    }
}
