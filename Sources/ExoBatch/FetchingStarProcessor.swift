import ExoArchive
import ExoLightCurve
import Foundation

/// Wraps a processor so that stars given only by name (a target manifest) are first fetched from MAST.
///
/// A job without files is resolved with ``MastClient`` (`job.id` parsed as a ``TargetIdentifier``), its
/// light curves are downloaded into the cache (or found there), and the wrapped processor runs on them.
/// Jobs with files go straight through. A target MAST cannot resolve, or a failed download, becomes
/// that star's failure row.
public struct FetchingStarProcessor: StarProcessor {
    /// The wrapped processor.
    public var processor: any StarProcessor
    /// The MAST client.
    public var client: MastClient
    /// Where downloads go.
    public var cache: ArchiveCache
    /// Missions searched (empty: the target's own catalogue's, or all for names).
    public var missions: [Mission]

    public init(wrapping processor: any StarProcessor, client: MastClient = MastClient(), cache: ArchiveCache = .resolve(),
                missions: [Mission] = [])
    {
        self.processor = processor
        self.client = client
        self.cache = cache
        self.missions = missions
    }

    public var name: String { processor.name }
    public var columns: [String] { processor.columns }

    public func process(_ job: StarJob) throws -> [BatchRow] {
        guard job.files.isEmpty else { return try processor.process(job) }
        let query = ProductQuery(target: TargetIdentifier(parsing: job.id), missions: missions, kinds: [.lightCurve])
        let client = self.client, cache = self.cache
        let files = try Self.blocking {
            var urls: [URL] = []
            for product in try await client.search(query) { urls.append(try await client.download(product, into: cache)) }
            return urls
        }
        return try processor.process(StarJob(id: job.id, files: files))
    }

    /// Runs `operation` on the concurrency pool and waits for it (called from the batch's worker threads).
    static func blocking<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let semaphore = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await operation()) } catch { box.result = .failure(error) }
            semaphore.signal()
        }
        semaphore.wait()
        guard let result = box.result else { throw CancellationError() }
        return try result.get()
    }
}

private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
