/// Where a report's numbers come from: input files, software and settings.
public struct Provenance: Codable, Sendable, Equatable {
    /// One input file.
    public struct FileRecord: Codable, Sendable, Equatable {
        /// Path as given.
        public var path: String
        /// Size, bytes (nil if unknown).
        public var bytes: Int?

        /// Creates a file record.
        public init(path: String, bytes: Int?) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// One named setting.
    public struct Setting: Codable, Sendable, Equatable {
        /// Setting name, e.g. "detrender".
        public var name: String
        /// Setting value as text.
        public var value: String

        /// Creates a setting.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Software name and version, e.g. "Exoscope 0.1.0".
    public var software: String
    /// When the report was made (ISO 8601, UTC).
    public var generated: String
    /// Input files.
    public var files: [FileRecord]
    /// Settings used (flux column, quality mask, detrender, search, model, ...).
    public var settings: [Setting]

    /// Creates a provenance record.
    public init(software: String, generated: String, files: [FileRecord], settings: [Setting]) {
        self.software = software
        self.generated = generated
        self.files = files
        self.settings = settings
    }
}
