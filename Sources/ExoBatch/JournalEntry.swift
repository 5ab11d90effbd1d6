/// One line of a batch journal: a star started, or its finished result.
public struct JournalEntry: Sendable, Equatable, Codable {
    /// What the line records.
    public enum Status: String, Sendable, Codable {
        /// Work on the star began (a star that keeps killing the process is recognised by these).
        case started
        /// The star was processed; `rows` holds its output (possibly empty).
        case ok
        /// The star failed; `error` says why.
        case failed
    }

    /// The star id.
    public var star: String
    /// The star's files (paths).
    public var files: [String]
    /// What happened.
    public var status: Status
    /// The output rows (for `ok`).
    public var rows: [BatchRow]
    /// Why the star failed (for `failed`).
    public var error: String?

    public init(star: String, files: [String], status: Status, rows: [BatchRow] = [], error: String? = nil) {
        self.star = star
        self.files = files
        self.status = status
        self.rows = rows
        self.error = error
    }

    /// True for `ok` and `failed`.
    public var isFinished: Bool { status != .started }
}
