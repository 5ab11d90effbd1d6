import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only record of a batch (`journal.jsonl`): one JSON line per event, flushed to disk with
/// `fsync` before the next star is reported done.
///
/// Output files are always regenerated from the journal, so a process killed at any moment (kill -9)
/// loses at most the stars in flight, and a rerun neither loses nor repeats a row. A line torn by a crash
/// of the machine is cut off when the journal is reopened.
public final class BatchJournal: @unchecked Sendable {
    /// The journal file.
    public let url: URL
    private let descriptor: Int32
    private let lock = NSLock()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    /// The entries read when the journal was opened, in order.
    public let existingEntries: [JournalEntry]

    /// Opens (creating if needed) the journal at `url`, dropping a torn last line.
    public init(url: URL) throws {
        self.url = url
        let data = (try? Data(contentsOf: url)) ?? Data()
        var validLength = data.count
        if let lastNewline = data.lastIndex(of: UInt8(ascii: "\n")) {
            validLength = lastNewline + 1
        } else {
            validLength = 0
        }
        existingEntries = Self.decode(data.prefix(validLength), url: url)
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else {
            throw BatchError.output(path: url.path, reason: "cannot open the journal: \(String(cString: strerror(errno)))")
        }
        if validLength < data.count {
            guard ftruncate(descriptor, off_t(validLength)) == 0 else {
                throw BatchError.output(path: url.path, reason: "cannot repair the journal: \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit { close(descriptor) }

    /// Appends `entry` as one line and waits until it is on disk.
    public func append(_ entry: JournalEntry) throws {
        var line = try encoder.encode(entry)
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        let written = line.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, base + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else {
            throw BatchError.output(path: url.path, reason: "cannot append to the journal: \(String(cString: strerror(errno)))")
        }
    }

    /// The entries of the journal file at `url` (complete lines only).
    public static func read(contentsOf url: URL) throws -> [JournalEntry] {
        guard let data = try? Data(contentsOf: url) else {
            throw BatchError.output(path: url.path, reason: "no journal (is this a batch output folder?)")
        }
        let end = data.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return decode(data.prefix(end), url: url)
    }

    private static func decode(_ data: Data, url: URL) -> [JournalEntry] {
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(JournalEntry.self, from: Data($0)) }
    }

    /// The latest finished entry of each star, and the number of unfinished starts since it.
    public static func summarize(_ entries: [JournalEntry]) -> (finished: [String: JournalEntry], unfinishedStarts: [String: Int]) {
        var finished: [String: JournalEntry] = [:]
        var starts: [String: Int] = [:]
        for entry in entries {
            if entry.isFinished {
                finished[entry.star] = entry
                starts[entry.star] = 0
            } else {
                starts[entry.star, default: 0] += 1
            }
        }
        return (finished, starts.filter { $0.value > 0 })
    }
}
