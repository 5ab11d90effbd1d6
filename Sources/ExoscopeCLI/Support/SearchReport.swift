import Exoscope
import Foundation

/// The `exoscope search --json` object of one star (docs/output.md).
struct SearchReport: Codable {
    var target: String
    var mission: String
    /// The time system of every time below; nil for a star whose files could not be read.
    var timeReference: TimeReference?
    /// The files stitched.
    var files: [String]
    /// Files of the star left out because another covers the same stretch of time.
    var setAside: [SetAsideFile]
    var signals: [TransitSignal]
    var singleTransits: [SingleTransit]
    /// Why the star could not be searched (the file and the problem); nil when it was.
    var error: String?

    enum CodingKeys: String, CodingKey {
        case target, mission, timeReference = "time_reference", files, setAside = "set_aside", signals
        case singleTransits = "single_transits", error
    }

    /// A readable table of the signals.
    var table: String {
        if let error { return "\(target) (\(files.count) file\(files.count == 1 ? "" : "s")): error: \(error)" }
        var lines = ["\(target) (\(mission), \(files.count) file\(files.count == 1 ? "" : "s")): \(signals.count) signal\(signals.count == 1 ? "" : "s")"]
        for entry in setAside { lines.append("  set aside: \(entry.file): \(entry.reason)") }
        if !signals.isEmpty {
            lines.append("  #   period (d)        epoch   dur (h)  depth (ppm)    snr    sde  transits  flags")
            for (i, s) in signals.enumerated() {
                lines.append(String(format: "  %-2d %11.6f %12.5f %9.2f %12.1f %6.1f %6.1f %9d  ", i + 1, s.period, s.epoch,
                                s.duration * 24, s.depth * 1e6, s.snr, s.sde, s.transitCount)
                         + (s.flags.isEmpty ? "-" : s.flags.map(\.rawValue).joined(separator: ",")))
            }
        }
        lines += SingleTransitTable.lines(singleTransits)
        return lines.joined(separator: "\n")
    }
}

extension SearchReport {
    /// A star that could not be searched: its files and the error.
    init(failed files: [String], error: String) {
        self.init(target: URL(fileURLWithPath: files[0]).lastPathComponent, mission: "unknown", timeReference: nil, files: files,
                  setAside: [], signals: [], singleTransits: [], error: error)
    }
}
