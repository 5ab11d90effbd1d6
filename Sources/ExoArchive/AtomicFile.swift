import Foundation

/// Writes files so that readers only ever see a complete file or none.
enum AtomicFile {
    /// Writes `data` to a temporary file in the folder of `destination`, flushes it to disk and renames it
    /// onto `destination` (atomic on POSIX file systems). On failure the temporary file is removed.
    static func write(_ data: Data, to destination: URL) throws {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw ArchiveError.cache(path: temporary.path, reason: "cannot create the file")
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            guard rename(temporary.path, destination.path) == 0 else {
                throw ArchiveError.cache(path: destination.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as ArchiveError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ArchiveError.cache(path: destination.path, reason: error.localizedDescription)
        }
    }
}
