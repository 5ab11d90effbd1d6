import Foundation

/// Writes report pages into a folder: `index.html` plus one page per star.
public enum ReportWriter {
    /// Writes the pages of `reports` into `directory` (created if needed) and returns the star pages' URLs.
    ///
    /// - Throws: ``ReportError/cannotWrite(path:reason:)`` naming the folder or file.
    @discardableResult
    public static func write(_ reports: [StarReport], to directory: URL) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportError.cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
        var names: [String] = []
        var urls: [URL] = []
        for report in reports {
            var name = fileName(for: report.target)
            var suffix = 2
            while names.contains(name) {
                name = fileName(for: report.target + "-\(suffix)")
                suffix += 1
            }
            names.append(name)
            let url = directory.appendingPathComponent(name)
            try save(ReportPage.html(report), to: url)
            urls.append(url)
        }
        try save(ReportPage.index(reports, fileNames: names), to: directory.appendingPathComponent("index.html"))
        return urls
    }

    /// A safe file name for a target, e.g. "TIC 25155310" → "TIC_25155310.html".
    public static func fileName(for target: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        let cleaned = String(target.map { allowed.contains($0) ? $0 : "_" })
        return (cleaned.isEmpty || cleaned == "index" ? "star" : cleaned) + ".html"
    }

    private static func save(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ReportError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }
}
