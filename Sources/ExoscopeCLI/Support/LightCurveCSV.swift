import Exoscope

/// The CSV form of a light curve: header `time,flux,flux_err,quality`, shortest round-trip decimals,
/// `nan` for missing errors.
enum LightCurveCSV {
    static func text(_ lc: LightCurve) -> String {
        var out = "time,flux,flux_err,quality\n"
        out.reserveCapacity(64 * (lc.count + 1))
        for i in lc.indices {
            out += "\(lc.time[i]),\(lc.flux[i]),\(lc.fluxError[i]),\(lc.quality[i])\n"
        }
        return out
    }
}
