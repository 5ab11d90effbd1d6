import Foundation

/// The inputs on which the libFuzzer targets once found a crash, a hang or an absurd allocation
/// (`Tests/FuzzFindings/TARGET/`, committed with the fix; `scripts/fuzz.sh`, docs/hostile-input.md).
/// Each module's tests replay the findings of its targets.
public enum FuzzFindings {
    /// The findings of `target` (e.g. `"gzip"`), sorted by name; none when the target has no folder.
    public static func files(_ target: String) throws -> [URL] {
        let folder = SharedData.packageRoot.appendingPathComponent("Tests/FuzzFindings/\(target)")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The bytes of the finding `name` of `target`.
    public static func data(_ target: String, _ name: String) throws -> Data {
        try Data(contentsOf: SharedData.packageRoot.appendingPathComponent("Tests/FuzzFindings/\(target)/\(name)"))
    }
}
