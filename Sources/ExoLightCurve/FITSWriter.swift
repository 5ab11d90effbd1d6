import ExoFITS
import Foundation

/// Writes a ``LightCurve`` as a Kepler/TESS-style FITS file that ``LightCurveReader`` and astropy read.
///
/// The file has an empty primary HDU (TELESCOP, MISSION, OBJECT, the target number as TICID or
/// KEPLERID, QUARTER/CAMPAIGN/SECTOR) and a `LIGHTCURVE` binary table with the columns TIME,
/// PDCSAP_FLUX, PDCSAP_FLUX_ERR, SAP_FLUX, SAP_FLUX_ERR (the same values: a light curve has one flux),
/// QUALITY and, when present, CADENCENO, all as 64-bit floats or 32-bit integers so values round-trip
/// exactly. BJDREFI/BJDREFF hold `metadata.timeReference`.
///
/// ```swift
/// try FITSWriter.write(lc, to: url, extraHeader: [FITSCard(keyword: "PERIOD", value: .double(5), comment: "[d]")])
/// ```
///
/// Reading the file back with `quality: .none` gives the same light curve; with the default mask,
/// cadences whose flags hit the mask are dropped as for any mission file.
public enum FITSWriter {
    /// Writes `lightCurve` to `url` (atomically); `extraHeader` cards go into the primary header.
    ///
    /// - Throws: ``FITSError/writeFailed(path:reason:)``.
    public static func write(_ lightCurve: LightCurve, to url: URL, extraHeader: [FITSCard] = []) throws {
        let metadata = lightCurve.metadata
        let reference = metadata.timeReference
        let referenceInteger = reference.rounded(.down)
        var primary: [FITSCard] = [
            FITSCard(keyword: "TELESCOP", value: .string(metadata.mission == .k2 ? "Kepler" : metadata.mission.rawValue),
                     comment: "telescope"),
            FITSCard(keyword: "MISSION", value: .string(metadata.mission.rawValue), comment: "mission"),
            FITSCard(keyword: "OBJECT", value: .string(metadata.targetID), comment: "target identifier"),
            FITSCard(keyword: "ORIGIN", value: .string("Exoscope"), comment: "institution responsible for file"),
            FITSCard(keyword: "CREATOR", value: .string("Exoscope FITSWriter"), comment: "software that wrote the file"),
        ]
        let number = metadata.targetID.split(separator: " ").last.flatMap { Int($0) }
        if let number {
            let key = metadata.mission == .tess ? "TICID" : "KEPLERID"
            primary.append(FITSCard(keyword: key, value: .int(number), comment: "target catalogue number"))
        }
        if let segment = metadata.segment {
            let key = switch metadata.mission {
            case .kepler: "QUARTER"
            case .k2: "CAMPAIGN"
            default: "SECTOR"
            }
            primary.append(FITSCard(keyword: key, value: .int(segment), comment: "observing segment"))
        }
        primary += extraHeader
        var tableHeader: [FITSCard] = [
            FITSCard(keyword: "TELESCOP", value: .string(metadata.mission == .k2 ? "Kepler" : metadata.mission.rawValue)),
            FITSCard(keyword: "OBJECT", value: .string(metadata.targetID)),
            FITSCard(keyword: "TIMEREF", value: .string("SOLARSYSTEM"), comment: "barycentric correction applied to times"),
            FITSCard(keyword: "TIMESYS", value: .string("TDB"), comment: "time system is barycentric JD"),
            FITSCard(keyword: "BJDREFI", value: .int(Int(referenceInteger)), comment: "integer part of BJD reference date"),
            FITSCard(keyword: "BJDREFF", value: .double(reference - referenceInteger), comment: "fraction of the day in BJD reference date"),
            FITSCard(keyword: "TIMEUNIT", value: .string("d"), comment: "time unit for TIME"),
        ]
        if metadata.cadenceDays.isFinite {
            tableHeader.append(FITSCard(keyword: "TIMEDEL", value: .double(metadata.cadenceDays), comment: "[d] time elapsed between cadences"))
        }
        var columns = [
            FITSTableColumn(name: "TIME", data: .float64(lightCurve.time), unit: "d"),
            FITSTableColumn(name: "PDCSAP_FLUX", data: .float64(lightCurve.flux), unit: "e-/s"),
            FITSTableColumn(name: "PDCSAP_FLUX_ERR", data: .float64(lightCurve.fluxError), unit: "e-/s"),
            FITSTableColumn(name: "SAP_FLUX", data: .float64(lightCurve.flux), unit: "e-/s"),
            FITSTableColumn(name: "SAP_FLUX_ERR", data: .float64(lightCurve.fluxError), unit: "e-/s"),
            FITSTableColumn(name: "QUALITY", data: .int32(lightCurve.quality)),
        ]
        if let cadences = lightCurve.cadenceNumber {
            columns.append(FITSTableColumn(name: "CADENCENO", data: .int32(cadences)))
        }
        if metadata.isNormalized {
            for i in 1...4 { columns[i].unit = "" }
        }
        try FITSTableWriter.write(
            primaryHeader: primary, tables: [FITSTableWriter.Table(name: "LIGHTCURVE", columns: columns, header: tableHeader)],
            to: url)
    }
}
