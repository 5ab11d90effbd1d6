/// What a batch run did.
public struct BatchSummary: Sendable, Equatable, Codable {
    /// Stars in the manifest.
    public var manifestStars: Int
    /// Stars of this shard.
    public var shardStars: Int
    /// Stars already finished in the journal before this run.
    public var resumed: Int
    /// Stars processed in this run.
    public var processed: Int
    /// Stars of the shard that failed (this run and earlier).
    public var failed: Int
    /// Output rows (signals) of the shard.
    public var signals: Int
    /// Seconds this run spent processing.
    public var seconds: Double

    /// One line for the terminal.
    public var text: String {
        "\(shardStars) stars (\(processed) now, \(resumed) earlier), \(signals) signals, \(failed) failed"
            + (processed > 0 ? String(format: ", %.1f stars/min", Double(processed) / max(seconds, 1e-9) * 60) : "")
    }
}
