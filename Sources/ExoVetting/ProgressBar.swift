import Foundation

/// A one-line progress bar with the rate and an estimate of the time left, redrawn in place on standard error.
///
/// ```swift
/// var bar = ProgressBar(total: files.count, unit: "stars")
/// for ... { ...; bar.advance() }
/// bar.finish()
/// ```
public struct ProgressBar: Sendable {
    /// Number of steps in all.
    public let total: Int
    /// What a step is, e.g. "stars".
    public let unit: String
    /// Steps done.
    public private(set) var completed = 0
    private let start: Date
    private let width: Int
    private var lastDraw = Date.distantPast

    /// A bar for `total` steps, drawn `width` characters wide.
    public init(total: Int, unit: String = "items", width: Int = 28) {
        self.total = max(total, 0)
        self.unit = unit
        self.width = max(width, 5)
        start = Date()
    }

    /// The bar's text after `completed` steps and `elapsed` seconds, e.g.
    /// `[##########..........]  5/10 stars  2.0/s  ETA 0:03`.
    public func line(completed: Int, elapsed: TimeInterval) -> String {
        let done = min(max(completed, 0), total)
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta: String
        if done == total {
            eta = "done in " + Self.clock(elapsed)
        } else if done > 0, rate > 0 {
            eta = "ETA " + Self.clock(Double(total - done) / rate)
        } else {
            eta = "ETA --:--"
        }
        let digits = String(total).count
        let count = String(repeating: " ", count: max(digits - String(done).count, 0)) + "\(done)/\(total)"
        return "[\(bar)] \(count) \(unit)  \(String(format: "%.1f", rate))/s  \(eta)"
    }

    /// Marks one more step done and redraws (at most ten times a second, and always at the end).
    public mutating func advance(by steps: Int = 1) {
        completed = min(completed + steps, total)
        let now = Date()
        guard completed == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        Self.write("\r" + line(completed: completed, elapsed: now.timeIntervalSince(start)))
    }

    /// Ends the line.
    public func finish() {
        Self.write("\n")
    }

    private static func clock(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            : String(format: "%d:%02d", s / 60, s % 60)
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
