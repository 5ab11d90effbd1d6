import Exoscope
import Foundation

/// What `exoscope info` reports about one file (also its `--json` form, keys in snake_case).
struct FileInfo: Codable {
    /// One header-and-data unit.
    struct HDU: Codable {
        var index: Int
        var name: String
        var type: String
        var rows: Int?
        var axes: [Int]?
        var columns: [Column]?
    }

    /// One table column.
    struct Column: Codable {
        var name: String
        var format: String
        var unit: String?
        var dimensions: [Int]?
    }

    var file: String
    var mission: String?
    var target: String?
    var segment: Int?
    var product: String?
    var productKind: String?
    var fluxColumn: String?
    var qualityMask: String
    var cadenceDays: Double?
    var timeReference: Double?
    var timeStart: Double?
    var timeEnd: Double?
    var rows: Int?
    var kept: Int?
    var droppedByQuality: Int?
    var droppedNonFinite: Int?
    var droppedImpossible: Int?
    var hdus: [HDU]
    var error: String?

    /// Reads `path` with `options`; a file without a readable light curve is described with its error.
    init(path: String, options: LightCurveOptions) {
        file = path
        qualityMask = options.quality.rawValue
        hdus = []
        let url = URL(fileURLWithPath: path)
        do {
            let reading: LightCurveReading
            do {
                let fits = try FITSFile(contentsOf: url)
                hdus = fits.hdus.map(Self.describe)
                reading = try LightCurveReader.read(fits, flux: options.flux, quality: options.quality)
            } catch FITSError.notFITS {
                reading = try options.reading(path)
            }
            let lc = reading.lightCurve
            let metadata = lc.metadata
            mission = metadata.mission.rawValue
            target = metadata.targetID
            segment = metadata.segment
            product = metadata.product
            productKind = reading.product.rawValue
            fluxColumn = reading.fluxColumn
            cadenceDays = metadata.cadenceDays.isFinite ? metadata.cadenceDays : nil
            timeReference = metadata.timeReference
            timeStart = lc.time.min()
            timeEnd = lc.time.max()
            rows = reading.rowCount
            kept = reading.keptCount
            droppedByQuality = reading.droppedByQuality
            droppedNonFinite = reading.droppedNonFinite
            droppedImpossible = reading.droppedImpossible
        } catch {
            self.error = "\(error)"
        }
    }

    private static func describe(_ hdu: FITSHDU) -> HDU {
        var info = HDU(index: hdu.index, name: hdu.name, type: hdu.kind.rawValue)
        switch hdu.kind {
        case .binaryTable:
            if let table = try? hdu.binaryTable() {
                info.rows = table.rowCount
                info.columns = table.columns.map {
                    Column(name: $0.name, format: "\($0.repeatCount)\($0.type.rawValue)",
                           unit: $0.unit.isEmpty ? nil : $0.unit,
                           dimensions: $0.dimensions.count > 1 ? $0.dimensions : nil)
                }
            }
        case .primary, .image:
            let naxis = hdu.header.int("NAXIS") ?? 0
            info.axes = naxis > 0 ? (1...naxis).map { hdu.header.int("NAXIS\($0)") ?? 0 } : []
        default:
            break
        }
        return info
    }

    /// The human-readable form.
    var text: String {
        var lines = ["\(file)"]
        if let error {
            lines.append("  error: \(error)")
        } else {
            let segmentName: String = switch mission {
            case "Kepler": "quarter"
            case "K2": "campaign"
            case "TESS": "sector"
            default: "segment"
            }
            lines.append("  mission: \(mission ?? "?")   target: \(target ?? "?")"
                + (segment.map { "   \(segmentName): \($0)" } ?? ""))
            lines.append("  product: \(product ?? "?") [\(productKind ?? "?")], flux column \(fluxColumn ?? "?")")
            if let cadenceDays {
                lines.append("  cadence: \(format(cadenceDays * 1440, 3)) min")
            }
            if let timeStart, let timeEnd {
                lines.append("  time: \(format(timeStart, 5)) to \(format(timeEnd, 5)) (\(format(timeEnd - timeStart, 3)) d), "
                    + "BJD - \(format(timeReference ?? 0, 1))")
            }
            lines.append("  cadences: \(rows ?? 0) in file, \(kept ?? 0) kept, \(droppedByQuality ?? 0) dropped by the "
                + "\(qualityMask) quality mask, \(droppedNonFinite ?? 0) dropped as non-finite, "
                + "\(droppedImpossible ?? 0) dropped as damaged times")
        }
        if !hdus.isEmpty { lines.append("  HDUs:") }
        for hdu in hdus {
            var line = "    \(hdu.index) \(hdu.name.isEmpty ? "-" : hdu.name) (\(hdu.type)"
            if let rows = hdu.rows { line += ", \(rows) rows" }
            if let axes = hdu.axes, !axes.isEmpty { line += ", " + axes.map(String.init).joined(separator: "x") }
            line += ")"
            if let columns = hdu.columns {
                line += ": " + columns.map { "\($0.name) \($0.format)" }.joined(separator: ", ")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
