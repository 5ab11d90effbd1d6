/// The CSV form of a light curve: the commented ``LightCurveTextHeader``, then `time,flux,flux_err,quality`,
/// shortest round-trip decimals, `nan` for missing errors. ``LightCurveReader`` reads it back with its
/// target, mission and time reference.
public enum LightCurveCSV {
    /// The text of `lightCurve` under `header`.
    public static func text(_ lightCurve: LightCurve, header: LightCurveTextHeader) -> String {
        var out = header.lines.joined(separator: "\n") + "\ntime,flux,flux_err,quality\n"
        out.reserveCapacity(out.utf8.count + 64 * lightCurve.count)
        for i in lightCurve.indices {
            out += "\(lightCurve.time[i]),\(lightCurve.flux[i]),\(lightCurve.fluxError[i]),\(lightCurve.quality[i])\n"
        }
        return out
    }
}
