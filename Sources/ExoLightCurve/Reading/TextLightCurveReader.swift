import ExoBasics
import Foundation

/// Reads plain text light curves: CSV (comma or semicolon) or whitespace-separated columns, parsed
/// by ``TextTable``; lines starting with `#` or `%` are comments.
///
/// Columns are chosen by header name, as lightkurve and the common pipelines name them: time
/// (`time`, `bjd`, `btjd`, `bkjd`, ...), flux (`flux`, `pdcsap_flux`, `corr_flux`, `fcor`, `dtr_flux`,
/// ... for `--flux pdcsap`; `sap_flux`, `raw_flux`, `fraw` first for `--flux sap`), the error that goes
/// with the flux (`corr_flux` -> `corr_err`, `corr_flux_err`; else `flux_err`, `err`, ...) and `quality`.
/// ``TextColumns`` names them explicitly. A table without a header is read as time, flux[, error]
/// only when it has at most three columns; otherwise, and when a header names no flux or time column,
/// the reading fails naming the file and the columns: a column is never guessed.
///
/// A file written by ``LightCurveCSV`` carries a ``LightCurveTextHeader``, which restores the mission,
/// target, segment, time reference and flux column. Otherwise the mission is unknown, the target is
/// the file name and the time reference follows the time column's name (BTJD, BKJD, MJD; else 0).
/// "nan" and empty fields are NaN; rows with non-finite time or flux are dropped.
enum TextLightCurveReader {
    static let timeNames = ["time", "t", "btjd", "bkjd", "bjd", "bjd_tdb", "time_bjd", "tjd", "jd", "hjd", "mjd"]
    /// Corrected fluxes first (as PDCSAP is), raw ones last.
    static let correctedFluxNames = ["flux", "pdcsap_flux", "corr_flux", "fcor", "kspsap_flux", "dtr_flux", "det_flux",
                                     "detrended_flux", "rel_flux", "normalized_flux", "norm_flux", "f", "sap_flux",
                                     "raw_flux", "fraw"]
    /// Raw (aperture) fluxes first, for `--flux sap`.
    static let rawFluxNames = ["sap_flux", "raw_flux", "fraw"] + correctedFluxNames.filter { !["sap_flux", "raw_flux", "fraw"].contains($0) }
    static let genericErrorNames = ["flux_err", "flux_error", "err", "error", "sigma", "e", "dflux", "flux_unc"]
    static let qualityNames = ["quality", "sap_quality", "quality_flag"]

    /// True when `data` looks like text (no NUL bytes and mostly printable in its first kilobyte).
    static func looksLikeText(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        guard !head.isEmpty else { return false }
        return head.allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || ($0 >= 32 && $0 < 127) }
    }

    static func read(_ data: Data, path: String, flux wanted: FluxColumn = .pdcsap, quality: QualityMask,
                     columns: TextColumns? = nil) throws -> LightCurveReading {
        let table = TextTable(parsing: String(decoding: data, as: UTF8.self), commentPrefixes: ["#", "%"])
        guard let first = table.rows.first else { throw LightCurveError.noLightCurve(path: path, detail: "the text has no rows") }
        let hasHeader = first.fields.contains { !$0.isEmpty && Double($0) == nil }
        let names = hasHeader ? first.fields.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")) } : []
        let dataRows = hasHeader ? Array(table.rows.dropFirst()) : table.rows
        guard let width = dataRows.first?.fields.count else {
            throw LightCurveError.noLightCurve(path: path, detail: "the text has no numeric rows")
        }
        let chosen = try choose(names: names, width: width, flux: wanted, override: columns, path: path)
        var time: [Double] = [], flux: [Double] = [], errors: [Double] = [], flags: [Int64] = []
        time.reserveCapacity(dataRows.count)
        flux.reserveCapacity(dataRows.count)
        for row in dataRows {
            let fields = row.fields
            func number(_ index: Int) throws -> Double {
                guard index < fields.count else {
                    if index != chosen.time && index != chosen.flux { return .nan }  // a short row lacks only its error or quality
                    throw LightCurveError.badText(path: path, line: row.line, detail: "expected at least \(index + 1) columns, got \(fields.count)")
                }
                if fields[index].isEmpty { return .nan }
                guard let value = Double(fields[index]) else {
                    throw LightCurveError.badText(path: path, line: row.line, detail: "non-numeric field '\(fields[index].prefix(40))'")
                }
                return value
            }
            time.append(try number(chosen.time))
            flux.append(try number(chosen.flux))
            errors.append(try chosen.error.map(number) ?? .nan)
            let q = try chosen.quality.map(number) ?? 0
            flags.append(q.isFinite && abs(q) < 9e18 ? Int64(q) : 0)
        }
        let fluxName = names.isEmpty ? "column \(chosen.flux + 1)" : names[chosen.flux]
        guard flux.contains(where: \.isFinite) else { throw LightCurveError.noFiniteFlux(path: path, column: fluxName) }
        let header = LightCurveTextHeader(comments: table.comments)
        let metadata = LightCurveMetadata(
            mission: header?.mission ?? .unknown,
            targetID: header.map(\.target) ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            segment: header?.segment,
            timeReference: header?.timeReference ?? timeReference(forColumn: names.isEmpty ? "" : names[chosen.time]),
            cadenceDays: header.map(\.cadenceDays).flatMap { $0.isFinite ? $0 : nil } ?? FITSMetadataParser.medianStep(time),
            product: header.map { $0.product.isEmpty ? "text table" : "\($0.product) (text)" } ?? "text table",
            sources: [path], isNormalized: header?.isNormalized ?? false)
        return CadenceFilter.apply(
            time: time, flux: flux, error: errors, quality: flags, cadence: nil, metadata: metadata,
            mask: quality, product: .text, fluxColumn: header?.fluxColumn ?? fluxName)
    }

    /// The indices of the time, flux, error and quality columns.
    static func choose(names: [String], width: Int, flux wanted: FluxColumn, override: TextColumns?,
                       path: String) throws -> (time: Int, flux: Int, error: Int?, quality: Int?) {
        let listed = names.isEmpty ? "\(width) unnamed columns" : "columns: \(names.joined(separator: ", "))"
        func unidentified(_ what: String) -> LightCurveError {
            .unidentifiedColumns(path: path, detail: "cannot tell which column is the \(what) (\(listed))")
        }
        let quality = names.firstIndex(where: qualityNames.contains)
        if let override {
            func index(_ column: String, _ what: String) throws -> Int {
                guard let index = TextColumns.index(of: column, names: names, width: width) else {
                    throw LightCurveError.unidentifiedColumns(path: path, detail: "no \(what) column '\(column)' (\(listed))")
                }
                return index
            }
            return (try index(override.time, "time"), try index(override.flux, "flux"),
                    try override.error.map { try index($0, "flux error") }, quality)
        }
        guard !names.isEmpty else {
            guard width <= 3 else { throw unidentified("time and which the flux: no header names them") }
            return (0, 1, width == 3 ? 2 : nil, nil)
        }
        guard let time = timeNames.lazy.compactMap({ names.firstIndex(of: $0) }).first else { throw unidentified("time") }
        let fluxNames = wanted == .sap ? rawFluxNames : correctedFluxNames
        guard let flux = fluxNames.lazy.compactMap({ names.firstIndex(of: $0) }).first else { throw unidentified("flux") }
        return (time, flux, errorColumn(for: names[flux], names: names), quality)
    }

    /// The error column that goes with the flux column `flux`: `<flux>_err`, `<stem>_err` (`corr_flux` ->
    /// `corr_err`), ..., else a generic name (`flux_err`, `err`, ...) when the flux is the plain `flux`.
    static func errorColumn(for flux: String, names: [String]) -> Int? {
        let stem = flux.hasSuffix("_flux") ? String(flux.dropLast(5)) : flux
        let paired = ["\(flux)_err", "\(flux)_error", "\(stem)_err", "\(stem)_error", "e_\(flux)", "\(flux)_unc"]
        if let index = paired.lazy.compactMap({ names.firstIndex(of: $0) }).first { return index }
        guard ["flux", "f", "pdcsap_flux"].contains(flux) else { return nil }
        return genericErrorNames.lazy.compactMap { names.firstIndex(of: $0) }.first
    }

    /// BJD of time zero implied by a time column's name: BTJD, BKJD and MJD have known offsets;
    /// anything else is taken as BJD itself (0).
    static func timeReference(forColumn name: String) -> Double {
        switch name {
        case "btjd", "tjd": Mission.tess.defaultTimeReference
        case "bkjd": Mission.kepler.defaultTimeReference
        case "mjd": 2_400_000.5
        default: 0
        }
    }
}
