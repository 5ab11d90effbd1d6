import ExoBasics
import Foundation

/// The stars of a batch, from a CSV manifest or a folder of FITS files.
///
/// CSV: a header with a `file` (or `path`) column and optionally a `star` (or `target`, `id`) column;
/// several rows with the same star are one job; `files` may list several paths separated by `;`.
/// Relative paths are relative to the manifest's folder. Without a star column, stars come from the
/// file names (``StarIdentity``) or the injected `identify` closure. Without a file column, each row
/// names a target to fetch from MAST (jobs without files, see ``FetchingStarProcessor``).
/// A folder: every `.fits`, `.fits.gz`, `.fit` file below it, grouped by star the same way.
public enum BatchManifest {
    /// Finds the star of a file that ``StarIdentity`` cannot name (e.g. by reading its header).
    public typealias Identify = @Sendable (URL) -> String?

    /// The jobs described by `url` (a CSV file or a folder), sorted by star id.
    public static func read(contentsOf url: URL, identify: Identify? = nil) throws -> [StarJob] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw BatchError.manifest(path: url.path, reason: "no such file or folder")
        }
        let jobs = isDirectory.boolValue ? try directory(url, identify: identify) : try csv(url, identify: identify)
        guard !jobs.isEmpty else { throw BatchError.manifest(path: url.path, reason: "no light-curve files found") }
        return jobs
    }

    /// Groups `files` into jobs by star.
    public static func group(_ files: [URL], identify: Identify? = nil) -> [StarJob] {
        var byStar: [String: [URL]] = [:]
        for file in files {
            byStar[starID(of: file, identify: identify), default: []].append(file)
        }
        return jobs(from: byStar)
    }

    static func starID(of file: URL, identify: Identify?) -> String {
        StarIdentity.fromFileName(file.lastPathComponent)
            ?? identify?(file).map(StarIdentity.canonical)
            ?? stem(of: file)
    }

    private static func stem(of file: URL) -> String {
        var name = file.lastPathComponent
        for suffix in [".gz", ".fits", ".fit", ".csv", ".txt"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return name
    }

    private static func jobs(from byStar: [String: [URL]]) -> [StarJob] {
        byStar.map { StarJob(id: $0.key, files: Array(Set($0.value)).sorted { $0.path < $1.path }) }
            .sorted { $0.id < $1.id }
    }

    private static func directory(_ root: URL, identify: Identify?) throws -> [StarJob] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else {
            throw BatchError.manifest(path: root.path, reason: "cannot list the folder")
        }
        var files: [URL] = []
        while let url = enumerator.nextObject() as? URL {
            let name = url.lastPathComponent.lowercased()
            guard name.hasSuffix(".fits") || name.hasSuffix(".fits.gz") || name.hasSuffix(".fit") else { continue }
            if (try? url.resourceValues(forKeys: Set(keys)))?.isRegularFile == true { files.append(url.standardizedFileURL) }
        }
        return group(files, identify: identify)
    }

    private static func csv(_ url: URL, identify: Identify?) throws -> [StarJob] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw BatchError.manifest(path: url.path, reason: "cannot read it (\(error.localizedDescription))")
        }
        let rows = TextTable(parsing: text, delimiter: .comma).rows.map(\.fields)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw BatchError.manifest(path: url.path, reason: "empty")
        }
        let starColumn = header.firstIndex { ["star", "target", "id", "star_id"].contains($0) }
        guard let fileColumn = header.firstIndex(where: { ["file", "files", "path"].contains($0) }) else {
            guard let starColumn else {
                throw BatchError.manifest(
                    path: url.path, reason: "needs a 'file' or a 'target' column (header: \(header.joined(separator: ",")))")
            }
            let targets = rows.dropFirst().compactMap { starColumn < $0.count ? StarIdentity.canonical($0[starColumn]) : nil }
            return Set(targets.filter { !$0.isEmpty }).sorted().map { StarJob(id: $0, files: []) }
        }
        let base = url.deletingLastPathComponent()
        var byStar: [String: [URL]] = [:]
        for (lineIndex, row) in rows.dropFirst().enumerated() {
            guard fileColumn < row.count else {
                throw BatchError.manifest(path: url.path, reason: "row \(lineIndex + 2) has no file")
            }
            let files = row[fileColumn].split(separator: ";").map { path -> URL in
                let trimmed = path.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("/") ? URL(fileURLWithPath: trimmed)
                    : base.appendingPathComponent(trimmed).standardizedFileURL
            }
            guard !files.isEmpty else { throw BatchError.manifest(path: url.path, reason: "row \(lineIndex + 2) has no file") }
            for file in files {
                let given = starColumn.flatMap { $0 < row.count ? row[$0] : nil }.map(StarIdentity.canonical)
                let star = (given?.isEmpty == false ? given : nil) ?? starID(of: file, identify: identify)
                byStar[star, default: []].append(file)
            }
        }
        return jobs(from: byStar)
    }
}
