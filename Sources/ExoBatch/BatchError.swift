/// What stops a batch as a whole (a bad star never does: it becomes a failure row).
public enum BatchError: Error, Equatable, CustomStringConvertible {
    /// The manifest cannot be read or has no usable rows.
    case manifest(path: String, reason: String)
    /// `--shard` is not `I/N` with 0 ≤ I < N.
    case invalidShard(String)
    /// An output or journal file cannot be written or read.
    case output(path: String, reason: String)
    /// Folders being merged hold outputs of different processors or columns.
    case incompatibleOutputs(path: String, reason: String)

    public var description: String {
        switch self {
        case let .manifest(path, reason): "manifest \(path): \(reason)"
        case let .invalidShard(text): "--shard must be I/N with 0 <= I < N (e.g. 0/4), got '\(text)'"
        case let .output(path, reason): "\(path): \(reason)"
        case let .incompatibleOutputs(path, reason): "cannot merge \(path): \(reason)"
        }
    }
}
