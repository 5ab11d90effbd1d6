import Foundation

/// Locates the shared real data (`../shared/data` beside the checkout, or `$EXOSCOPE_DATA`).
///
/// Tests call ``SharedData/url(_:)`` and skip with ``SharedData/missingMessage`` when it returns nil,
/// so a checkout without the data still passes its other tests.
public enum SharedData {
    /// The root of the shared data, if it exists.
    public static var root: URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["EXOSCOPE_DATA"], !env.isEmpty {
            return fm.fileExists(atPath: env) ? URL(fileURLWithPath: env) : nil
        }
        let candidate = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        return fm.fileExists(atPath: candidate.path) ? candidate : nil
    }

    /// The package's root folder (found from this source file's path).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)  // Tests/ExoTestSupport/SharedData.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `relativePath` under the shared data root, if that file exists.
    public static func url(_ relativePath: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Why a data-dependent test was skipped.
    public static func missingMessage(_ relativePath: String) -> String {
        "shared data file \(relativePath) not found: set EXOSCOPE_DATA or place the data in ../shared/data"
    }

    /// A fresh temporary folder for one test.
    public static func temporaryDirectory(_ name: String = "exoscope-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
