import Exoscope
import Foundation

/// The rows of lone transits in the text output of `search` and `vet`.
enum SingleTransitTable {
    /// A header and one row per event (none when there are no events), then its first reason.
    static func lines(_ events: [SingleTransit]) -> [String] {
        guard !events.isEmpty else { return [] }
        var lines = ["  single transits:",
                     "        epoch   dur (h)  depth (ppm)    snr   P min (d)  P est (d)  verdict"]
        for e in events {
            var row = String(format: "  %11.4f %9.2f %12.0f %6.1f %11.1f %10.0f  ", e.epoch, e.duration * 24, e.depth * 1e6, e.snr,
                             e.periodLowerLimit, e.periodEstimate) + e.verdict
            if !e.flags.isEmpty { row += " (" + e.flags.map(\.rawValue).joined(separator: ",") + ")" }
            lines.append(row)
            if let aliases = e.periodAliases {
                lines.append("       duo: periods " + aliases.prefix(8).map { String(format: "%.2f", $0) }.joined(separator: ", ")
                             + (aliases.count > 8 ? ", ... (\(aliases.count))" : "") + " d")
            } else if let reason = e.reasons.first {
                lines.append("       - \(reason)")
            }
        }
        return lines
    }
}
