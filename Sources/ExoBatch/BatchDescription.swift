import Foundation

/// What an output folder holds (`batch.json`): the processor and its columns, so that a resumed run or a
/// merge never mixes rows of different kinds.
public struct BatchDescription: Sendable, Equatable, Codable {
    /// The processor's name.
    public var processor: String
    /// The columns after `star`.
    public var columns: [String]

    public init(processor: String, columns: [String]) {
        self.processor = processor
        self.columns = columns
    }

    /// The file name inside an output folder.
    public static let fileName = "batch.json"

    /// The description stored in `directory`, if any.
    public static func read(contentsOf directory: URL) throws -> BatchDescription? {
        let url = directory.appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url) else { return nil }
        do {
            return try JSONDecoder().decode(BatchDescription.self, from: data)
        } catch {
            throw BatchError.output(path: url.path, reason: "not a batch description (\(error.localizedDescription))")
        }
    }

    /// Stores the description in `directory`.
    public func write(to directory: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = try encoder.encode(self)
        try BatchOutputWriter.atomicWrite(String(decoding: data, as: UTF8.self) + "\n",
                                          to: directory.appendingPathComponent(Self.fileName))
    }
}
