import Foundation

/// Runs a ``StarProcessor`` over many stars into an output folder, resumably.
///
/// Every finished star is appended to the folder's ``BatchJournal`` (flushed with `fsync`) before the next
/// is reported; a rerun skips the stars the journal holds and finally regenerates the output files from
/// it, so a run killed at any moment and run again has every row exactly once. A star that throws becomes
/// one failure row; a star whose work kills the process `maximumCrashes` times is recorded as failed.
///
/// ```swift
/// let runner = BatchRunner(processor: myProcessor, outputDirectory: out, jobs: 2, shard: try BatchShard(parsing: "0/4"))
/// let summary = try runner.run(try BatchManifest.read(contentsOf: manifest))
/// ```
public struct BatchRunner: Sendable {
    /// The per-star work.
    public var processor: any StarProcessor
    /// Where `journal.jsonl`, `batch.json` and the outputs go.
    public var outputDirectory: URL
    /// Stars processed at once.
    public var jobs: Int
    /// This run's part of the manifest (all of it when nil).
    public var shard: BatchShard?
    /// Process again the stars the journal records as failed.
    public var retryFailed: Bool
    /// A star that was started this many times without finishing is recorded as failed.
    public var maximumCrashes: Int = 3

    /// The journal's file name.
    public static let journalName = "journal.jsonl"

    public init(processor: any StarProcessor, outputDirectory: URL, jobs: Int = 1, shard: BatchShard? = nil,
                retryFailed: Bool = false)
    {
        self.processor = processor
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.shard = shard
        self.retryFailed = retryFailed
    }

    /// Processes the stars of `manifest` not yet done, calling `progress` after each, then writes the outputs.
    @discardableResult
    public func run(_ manifest: [StarJob], progress: (@Sendable (BatchProgress) -> Void)? = nil) throws -> BatchSummary {
        do {
            try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw BatchError.output(path: outputDirectory.path, reason: error.localizedDescription)
        }
        let description = BatchDescription(processor: processor.name, columns: processor.columns)
        if let existing = try BatchDescription.read(contentsOf: outputDirectory), existing != description {
            throw BatchError.incompatibleOutputs(
                path: outputDirectory.path,
                reason: "it holds '\(existing.processor)' results with other columns; use another --out folder")
        }
        try description.write(to: outputDirectory)

        let journal = try BatchJournal(url: outputDirectory.appendingPathComponent(Self.journalName))
        let (finished, unfinishedStarts) = BatchJournal.summarize(journal.existingEntries)
        let mine = manifest.filter { shard?.contains($0.id) ?? true }
        var todo: [StarJob] = []
        var resumed = 0
        for job in mine {
            if let entry = finished[job.id], entry.status == .ok || !retryFailed {
                resumed += 1
            } else if (unfinishedStarts[job.id] ?? 0) >= maximumCrashes {
                try journal.append(JournalEntry(
                    star: job.id, files: job.files.map(\.path), status: .failed,
                    error: "the batch process died \(maximumCrashes) times while processing this star"))
                resumed += 1
            } else {
                todo.append(job)
            }
        }

        let state = RunState(total: todo.count, resumed: resumed)
        let processor = self.processor
        let start = Date()
        let workers = min(jobs, max(1, todo.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let job = state.next(from: todo) {
                let files = job.files.map(\.path)
                let entry: JournalEntry
                do {
                    try journal.append(JournalEntry(star: job.id, files: files, status: .started))
                } catch {
                    state.record(error: error)
                    return
                }
                do {
                    entry = JournalEntry(star: job.id, files: files, status: .ok, rows: try processor.process(job))
                } catch {
                    entry = JournalEntry(star: job.id, files: files, status: .failed, error: Self.message(for: error))
                }
                do {
                    try journal.append(entry)
                } catch {
                    state.record(error: error)
                    return
                }
                let snapshot = state.finish(failed: entry.status == .failed, elapsed: Date().timeIntervalSince(start))
                progress?(snapshot)
            }
        }
        if let error = state.firstError { throw error }
        if todo.isEmpty { progress?(BatchProgress(total: 0, completed: 0, failed: 0, resumed: resumed, elapsed: 0)) }

        let all = BatchJournal.summarize(try BatchJournal.read(contentsOf: journal.url)).finished
        let shardEntries = mine.compactMap { all[$0.id] }
        try BatchOutputWriter.write(shardEntries, columns: processor.columns, to: outputDirectory)
        return BatchSummary(
            manifestStars: manifest.count, shardStars: mine.count, resumed: resumed, processed: todo.count,
            failed: shardEntries.filter { $0.status == .failed }.count,
            signals: shardEntries.reduce(0) { $0 + ($1.status == .ok ? $1.rows.count : 0) },
            seconds: Date().timeIntervalSince(start))
    }
}

extension BatchRunner {
    /// The text of a star's error: its description, with `LocalizedError` text preferred.
    static func message(for error: Error) -> String {
        if let localized = error as? LocalizedError, let text = localized.errorDescription { return text }
        return String(describing: error)
    }
}

/// The shared counters of one run (guarded by a lock).
private final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var completed = 0
    private var failed = 0
    private let total: Int
    private let resumed: Int
    private(set) var firstError: Error?

    init(total: Int, resumed: Int) {
        self.total = total
        self.resumed = resumed
    }

    func next(from jobs: [StarJob]) -> StarJob? {
        lock.lock()
        defer { lock.unlock() }
        guard firstError == nil, nextIndex < jobs.count else { return nil }
        nextIndex += 1
        return jobs[nextIndex - 1]
    }

    func record(error: Error) {
        lock.lock()
        if firstError == nil { firstError = error }
        lock.unlock()
    }

    func finish(failed didFail: Bool, elapsed: Double) -> BatchProgress {
        lock.lock()
        defer { lock.unlock() }
        completed += 1
        if didFail { failed += 1 }
        return BatchProgress(total: total, completed: completed, failed: failed, resumed: resumed, elapsed: elapsed)
    }
}
