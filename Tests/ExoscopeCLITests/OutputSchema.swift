import ExoTestSupport
import Foundation

/// The JSON schema of docs/output.md, read from its tables: for each object path (`search[]`,
/// `vet[].signals[].transits[]`, ...) the keys it may hold and those it must hold.
struct OutputSchema {
    /// Keys of one object path.
    struct Keys {
        var allowed: Set<String> = []
        var required: Set<String> = []
    }

    private(set) var objects: [String: Keys] = [:]

    /// The schema of docs/output.md in the package.
    static func documented() throws -> OutputSchema {
        let url = SharedData.packageRoot.appendingPathComponent("docs/output.md")
        return OutputSchema(markdown: try String(contentsOf: url, encoding: .utf8))
    }

    /// Reads every heading that names paths in backticks and the table under it: the first column is the
    /// key, the fourth its presence (`always`, `optional`, or `vet: always` for keys only that command writes).
    init(markdown: String) {
        var paths: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("#") {
                paths = Self.codeSpans(line)
                for path in paths where objects[path] == nil { objects[path] = Keys() }
                continue
            }
            guard !paths.isEmpty, line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 5, let key = Self.codeSpans(cells[1]).first else { continue }
            let presence = cells[4]
            for path in paths {
                let command = presence.split(separator: ":").first.map(String.init) ?? ""
                let restricted = presence.contains(":")
                if restricted && !path.hasPrefix(command) { continue }
                objects[path]?.allowed.insert(key)
                if presence.hasSuffix("always") { objects[path]?.required.insert(key) }
            }
        }
    }

    /// Every problem of `json` (parsed with JSONSerialization) at `path`: objects whose path the schema does
    /// not name, keys it does not list, keys it requires that are missing.
    func violations(of json: Any, at path: String) -> [String] {
        if let array = json as? [Any] {
            return array.flatMap { violations(of: $0, at: path + "[]") }
        }
        guard let object = json as? [String: Any] else { return [] }
        guard let keys = objects[path] else { return ["\(path): object not documented in docs/output.md"] }
        var problems: [String] = []
        for key in object.keys.sorted() where !keys.allowed.contains(key) {
            problems.append("\(path).\(key): key not documented in docs/output.md")
        }
        for key in keys.required.sorted() where object[key] == nil {
            problems.append("\(path).\(key): documented as always present, missing")
        }
        for (key, value) in object where keys.allowed.contains(key) {
            problems += violations(of: value, at: "\(path).\(key)")
        }
        return problems
    }

    /// The texts between backticks in `line`.
    private static func codeSpans(_ line: String) -> [String] {
        let parts = line.split(separator: "`", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }
    }
}
