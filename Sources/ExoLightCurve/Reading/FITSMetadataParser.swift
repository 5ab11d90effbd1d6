import ExoBasics
import ExoFITS
import Foundation

/// Reads mission, target, segment, time reference and cadence from FITS headers.
enum FITSMetadataParser {
    /// Metadata from the primary header and the header of the table that holds the light curve.
    static func metadata(primary: FITSHeader, table: FITSHeader, path: String, time: [Double]) -> LightCurveMetadata {
        let mission = mission(primary: primary, table: table)
        func int(_ key: String) -> Int? { primary.int(key) ?? table.int(key) }
        let segment: Int? = switch mission {
        case .kepler: int("QUARTER")
        case .k2: int("CAMPAIGN")
        case .tess: int("SECTOR")
        case .unknown: int("QUARTER") ?? int("CAMPAIGN") ?? int("SECTOR")
        }
        var reference = mission.defaultTimeReference
        if let i = table.double("BJDREFI") ?? primary.double("BJDREFI") {
            reference = i + (table.double("BJDREFF") ?? primary.double("BJDREFF") ?? 0)
        } else if let r = table.double("BJDREF") ?? primary.double("BJDREF") {
            reference = r
        }
        var cadence = table.double("TIMEDEL") ?? primary.double("TIMEDEL") ?? .nan
        if !(cadence > 0) { cadence = medianStep(time) }
        return LightCurveMetadata(
            mission: mission, targetID: targetID(primary: primary, table: table, mission: mission, path: path),
            segment: segment, timeReference: reference, cadenceDays: cadence,
            product: "", sources: [path], stellarDensity: stellarDensity(primary: primary, table: table))
    }

    /// Mean stellar density, solar units, from the catalogue surface gravity `LOGG` (log₁₀ g, cgs) and radius
    /// `RADIUS` (solar radii) of the header: ρ/ρ☉ = (g/g☉) / (R/R☉). Nil when either is missing or outside
    /// the values a star can have (pixel-file test headers write 0 for unknown).
    static func stellarDensity(primary: FITSHeader, table: FITSHeader) -> Double? {
        guard let logg = primary.double("LOGG") ?? table.double("LOGG"), logg > 0, logg < 9.5,
              let radius = primary.double("RADIUS") ?? table.double("RADIUS"), radius > 0.005, radius < 2000 else { return nil }
        let gravity = pow(10, logg) / 100  // cm s⁻² to m s⁻²
        let density = gravity / PhysicalConstants.solarSurfaceGravity / radius
        return density.isFinite && density > 0 ? density : nil
    }

    static func mission(primary: FITSHeader, table: FITSHeader) -> Mission {
        let missionKey = (primary.string("MISSION") ?? table.string("MISSION") ?? "").uppercased()
        let telescope = (primary.string("TELESCOP") ?? table.string("TELESCOP") ?? "").uppercased()
        if missionKey == "K2" { return .k2 }
        if missionKey == "TESS" || telescope == "TESS" { return .tess }
        if missionKey == "KEPLER" || telescope == "KEPLER" {
            if primary["CAMPAIGN"] != nil { return .k2 }
            return .kepler
        }
        return .unknown
    }

    /// "KIC n", "EPIC n", "TIC n", else OBJECT, else the file name.
    static func targetID(primary: FITSHeader, table: FITSHeader, mission: Mission, path: String) -> String {
        if let tic = primary.int("TICID") ?? table.int("TICID") { return "TIC \(tic)" }
        if let kepler = primary.int("KEPLERID") ?? table.int("KEPLERID") {
            return mission == .k2 ? "EPIC \(kepler)" : "KIC \(kepler)"
        }
        let object = (primary.string("OBJECT") ?? table.string("OBJECT") ?? "").trimmingCharacters(in: .whitespaces)
        if !object.isEmpty {
            if object.allSatisfy(\.isNumber) {
                switch mission {
                case .tess: return "TIC \(object)"
                case .k2: return "EPIC \(object)"
                case .kepler: return "KIC \(object)"
                case .unknown: return object
                }
            }
            return object
        }
        return URL(fileURLWithPath: path).lastPathComponent
    }

    /// Median of the finite positive differences between consecutive times (NaN if none).
    static func medianStep(_ time: [Double]) -> Double {
        var steps: [Double] = []
        steps.reserveCapacity(time.count)
        var previous = Double.nan
        for t in time where t.isFinite {
            if previous.isFinite, t > previous { steps.append(t - previous) }
            previous = t
        }
        return RobustStatistics.median(steps)
    }

    /// A readable product name, e.g. "Kepler long-cadence light curve", "TESS SPOC 2-min light curve".
    static func productName(_ metadata: LightCurveMetadata, primary: FITSHeader, path: String, base: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        let minutes = metadata.cadenceDays * 1440
        if file.hasPrefix("hlsp_") {
            let parts = file.split(separator: "_")
            let name = parts.count > 1 ? String(parts[1]).uppercased() : "HLSP"
            return "\(name) HLSP \(base)"
        }
        if (primary.string("ORIGIN") ?? "").lowercased().contains("unofficial") {
            return "custom \(base) (\(primary.string("CREATOR") ?? "unknown creator"))"
        }
        switch metadata.mission {
        case .kepler, .k2:
            let cadence = minutes.isFinite ? (minutes < 5 ? "short-cadence " : "long-cadence ") : ""
            return "\(metadata.mission.rawValue) \(cadence)\(base)"
        case .tess:
            let cadence: String
            if !minutes.isFinite { cadence = "" }
            else if minutes < 1 { cadence = "20-s " }
            else if minutes < 3 { cadence = "2-min " }
            else { cadence = "FFI \(Int(minutes.rounded()))-min " }
            let pipeline = (primary.string("ORIGIN") ?? "").contains("Ames") ? "SPOC " : ""
            return "TESS \(pipeline)\(cadence)\(base)"
        case .unknown:
            return base
        }
    }
}
