import Foundation

/// The work for one star: its identifier and the files to vet together (quarters, sectors).
public struct StarJob: Sendable, Hashable, Codable {
    /// A stable identifier, e.g. `TIC 25155310` (shards and journals key on it).
    public var id: String
    /// The star's files, in a stable order.
    public var files: [URL]

    public init(id: String, files: [URL]) {
        self.id = id
        self.files = files
    }
}
