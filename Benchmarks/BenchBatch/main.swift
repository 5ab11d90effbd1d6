// Batch throughput in stars per minute on TESS 2-minute sectors (the shared files, repeated as distinct
// stars), for 1 and 2 jobs. Run: swift run -c release BenchBatch [--task stats|vet] [--copies N]
import ExoBatch
import ExoThreads
import ExoVetting
import Foundation

func sharedData() -> URL? {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["EXOSCOPE_DATA"], fm.fileExists(atPath: env) {
        return URL(fileURLWithPath: env)
    }
    let candidate = URL(fileURLWithPath: #filePath)  // Benchmarks/BenchBatch/main.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data")
    return fm.fileExists(atPath: candidate.path) ? candidate : nil
}

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let task = option("--task").flatMap(BatchTask.init(rawValue:)) ?? .vet
let copies = option("--copies").flatMap(Int.init) ?? 4

guard let data = sharedData() else {
    print("BenchBatch: shared data not found (set EXOSCOPE_DATA)")
    exit(1)
}
let sectorFiles = ["fits/tess", "fits/quiet", "fits/eb"].flatMap { folder -> [URL] in
    let url = data.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasPrefix("tess") || $0.hasPrefix("target_") }.sorted().map { url.appendingPathComponent($0) }
}
let stars = (0..<copies).flatMap { copy in
    sectorFiles.map { StarJob(id: "copy\(copy)-\($0.lastPathComponent)", files: [$0]) }
}
print("BenchBatch: task \(task.rawValue), \(stars.count) stars (\(sectorFiles.count) TESS 2-min sectors x \(copies)),"
    + " \(ThreadBudget.available) threads")
for jobs in [1, 2] {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("benchbatch-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let start = Date()
    var vetting = VettingConfiguration()
    vetting.search.threads = max(1, ThreadBudget.available / jobs)
    let summary = try BatchRunner(processor: task.makeProcessor(vetting: vetting), outputDirectory: out, jobs: jobs).run(stars)
    let seconds = Date().timeIntervalSince(start)
    print(String(format: "jobs %d: %d stars in %.2f s = %.1f stars/min (%.3f s/star), %d signals, %d failed",
                 jobs, stars.count, seconds, Double(stars.count) / seconds * 60, seconds / Double(stars.count),
                 summary.signals, summary.failed))
}
