import Exoscope
import Foundation

/// The text and JSON forms of vetting results.
enum VettingOutput {
    /// Pretty-printed JSON: an array with one object per star.
    static func json(_ results: [StarVetting]) throws -> String {
        try JSONOutput.text(results)
    }

    /// A readable table: one block per star, one row per signal, the first reason under it.
    static func table(_ results: [StarVetting]) -> String {
        var text = ""
        for star in results {
            text += "\(star.target) (\(star.mission)): \(star.files.count) file(s)\n"
            for entry in star.setAside { text += "  set aside: \(entry.file): \(entry.reason)\n" }
            if let error = star.error {
                text += "  error: \(error)\n\n"
                continue
            }
            if star.signals.isEmpty {
                text += star.singleTransits.isEmpty ? "  no significant transit-like signal\n\n"
                    : SingleTransitTable.lines(star.singleTransits).joined(separator: "\n") + "\n\n"
                continue
            }
            text += "  #   period (d)   epoch        dur (h)  depth (ppm)   SNR     SDE    P(PC)  verdict\n"
            for (index, vetted) in star.signals.enumerated() {
                let s = vetted.signal
                text += String(format: "  %-2d %11.5f  %11.4f  %7.2f  %11.0f  %6.1f  %6.1f  %5.2f  ", index + 1, s.period,
                               s.epoch, s.duration * 24, s.depth * 1e6, s.snr, s.sde, vetted.planetProbability)
                text += vetted.verdict.rawValue + "\n"
                for reason in vetted.reasons.prefix(2) { text += "       - \(reason)\n" }
            }
            for line in SingleTransitTable.lines(star.singleTransits) { text += line + "\n" }
            text += "\n"
        }
        return text
    }
}
