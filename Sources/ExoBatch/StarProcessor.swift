/// The per-star work a batch runs: one star in, its output rows out (one per signal).
///
/// The batch machinery (shards, journal, outputs) does not know what the work is: the CLI injects the
/// vetting pipeline, tests inject simpler processors. A thrown error becomes the star's failure row.
/// `process` is called from several threads at once.
public protocol StarProcessor: Sendable {
    /// A short name recorded in the output folder (`batch.json`), e.g. `vet`.
    var name: String { get }
    /// The output columns after `star`, in order.
    var columns: [String] { get }
    /// The rows for `job` (possibly none: a star without signals), or an error.
    func process(_ job: StarJob) throws -> [BatchRow]
}

/// A processor made of a closure.
public struct ClosureStarProcessor: StarProcessor {
    public let name: String
    public let columns: [String]
    private let body: @Sendable (StarJob) throws -> [BatchRow]

    public init(name: String, columns: [String], body: @escaping @Sendable (StarJob) throws -> [BatchRow]) {
        self.name = name
        self.columns = columns
        self.body = body
    }

    public func process(_ job: StarJob) throws -> [BatchRow] { try body(job) }
}
