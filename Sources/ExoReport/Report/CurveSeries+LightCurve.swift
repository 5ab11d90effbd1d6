import ExoLightCurve
import Foundation

extension CurveSeries {
    /// The times and fluxes of `lightCurve`.
    public init(_ lightCurve: LightCurve) {
        self.init(time: lightCurve.time, value: lightCurve.flux)
    }

    /// The time-axis label for a light curve's time system, e.g. "Time (BJD - 2457000, days)".
    public static func timeLabel(for metadata: LightCurveMetadata) -> String {
        let reference = metadata.timeReference
        guard reference != 0 else { return "Time (days)" }
        let text = reference == reference.rounded() ? String(format: "%.0f", reference) : String(format: "%.4f", reference)
        return "Time (BJD - \(text), days)"
    }
}
