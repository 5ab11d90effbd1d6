import Foundation

/// Draws a batch's progress on standard error: bar, count, rate and estimated time left.
///
/// On a terminal the line is redrawn in place (at most 10 times a second); otherwise (a log file under
/// Slurm or Kubernetes) a line is printed every 5% or every 30 s.
public final class BatchProgressBar: @unchecked Sendable {
    private let isTerminal: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var lastPercentStep = -1
    private let width = 24
    private let unit: String

    /// A bar counting `unit` ("stars", "trials").
    public init(isTerminal: Bool = isatty(STDERR_FILENO) == 1, unit: String = "stars") {
        self.isTerminal = isTerminal
        self.unit = unit
    }

    /// Shows `progress`.
    public func update(_ progress: BatchProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let done = progress.completed >= progress.total
        if isTerminal {
            guard done || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            FileHandle.standardError.write(Data(("\r" + Self.line(progress, width: width, unit: unit) + (done ? "\n" : "")).utf8))
        } else {
            let step = progress.total > 0 ? progress.completed * 20 / progress.total : 20
            guard done || step > lastPercentStep || now.timeIntervalSince(lastDraw) >= 30 else { return }
            lastPercentStep = step
            FileHandle.standardError.write(Data((Self.line(progress, width: width, unit: unit) + "\n").utf8))
        }
        lastDraw = now
    }

    /// The text of one progress line, e.g. `[#####.....]  12/40 stars  30%  4.2 stars/min  ETA 6m40s  1 failed`.
    public static func line(_ progress: BatchProgress, width: Int = 24, unit: String = "stars") -> String {
        let fraction = progress.total > 0 ? Double(progress.completed) / Double(progress.total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        var text = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
        text += "\(progress.completed)/\(progress.total) \(unit)  \(Int((fraction * 100).rounded(.down)))%"
        text += String(format: "  %.1f \(unit)/min", progress.starsPerMinute)
        text += "  ETA " + (progress.secondsLeft.map(duration) ?? "--")
        if progress.failed > 0 { text += "  \(progress.failed) failed" }
        if progress.resumed > 0 { text += "  (\(progress.resumed) done earlier)" }
        return text
    }

    /// `75` → `1m15s`, `4000` → `1h06m`.
    public static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60) }
        if s >= 60 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return "\(s)s"
    }
}
