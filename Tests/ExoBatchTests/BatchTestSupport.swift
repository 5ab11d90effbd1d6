import ExoBatch
import Foundation

/// Small processors and helpers for batch tests.
enum BatchTestSupport {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Two rows per star (from the star id's hash), failing for stars whose id ends in "7".
    static let hashing = ClosureStarProcessor(name: "hash", columns: ["signal", "value", "files"]) { job in
        if job.id.hasSuffix("7") { throw Failure(description: "\(job.id): cannot read \(job.files[0].lastPathComponent)") }
        let hash = BatchShard.fnv1a64(job.id)
        return (0..<2).map { index in
            ["signal": .int(index + 1), "value": .double(Double(hash % 1000) / 7 + Double(index)),
             "files": .string(job.files.map(\.lastPathComponent).joined(separator: ";"))]
        }
    }

    static func jobs(_ count: Int) -> [StarJob] {
        (0..<count).map { StarJob(id: "TIC \(1000 + $0)", files: [URL(fileURLWithPath: "/data/tic\(1000 + $0)_lc.fits")]) }
    }

    static func read(_ name: String, in directory: URL) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func outputs(in directory: URL) throws -> [String] {
        try ["signals.csv", "signals.jsonl", "failures.csv", "failures.jsonl"].map { try read($0, in: directory) }
    }
}
