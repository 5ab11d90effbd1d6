/// One of N disjoint parts of a batch: star `s` belongs to shard `fnv1a64(s.id) mod N`.
///
/// The hash (64-bit FNV-1a over the UTF-8 bytes of the star id) is stable across runs, machines and
/// manifest orders, so shard I of N always holds the same stars. Indices are 0-based, matching
/// `SLURM_ARRAY_TASK_ID` (with `--array=0-(N-1)`) and Kubernetes' `JOB_COMPLETION_INDEX`.
public struct BatchShard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// This shard, 0 ..< count.
    public var index: Int
    /// Number of shards.
    public var count: Int

    /// Parses `I/N`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (0..<count).contains(index)
        else { throw BatchError.invalidShard(text) }
        self.index = index
        self.count = count
    }

    public init(index: Int, count: Int) throws {
        try self.init(parsing: "\(index)/\(count)")
    }

    /// True when `starID` belongs to this shard.
    public func contains(_ starID: String) -> Bool {
        Int(Self.fnv1a64(starID) % UInt64(count)) == index
    }

    public var description: String { "\(index)/\(count)" }

    /// 64-bit FNV-1a hash of the UTF-8 bytes.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
