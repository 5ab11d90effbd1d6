import Foundation

/// Reads plain text light curves: CSV (comma, semicolon or tab) or whitespace-separated columns of
/// time, flux and optionally flux error and quality.
///
/// Lines starting with `#` and blank lines are skipped. A first line with non-numeric fields is a
/// header naming the columns (`time`/`t`/`bjd`/`btjd`/`bkjd`, `flux`/`pdcsap_flux`/`sap_flux`/`fcor`,
/// `flux_err`/`err`/`error`/`sigma`, `quality`); without one the columns are time, flux, error.
/// "nan" and empty fields are NaN; rows with non-finite time or flux are dropped.
enum TextLightCurveReader {
    static let timeNames: Set<String> = ["time", "t", "bjd", "btjd", "bkjd", "jd", "mjd", "hjd"]
    static let fluxNames: Set<String> = ["flux", "pdcsap_flux", "sap_flux", "fcor", "f", "rel_flux", "normalized_flux"]
    static let errorNames: Set<String> = ["flux_err", "err", "error", "sigma", "flux_error", "e", "dflux", "pdcsap_flux_err", "sap_flux_err"]

    /// True when `data` looks like text (no NUL bytes and mostly printable in its first kilobyte).
    static func looksLikeText(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        guard !head.isEmpty else { return false }
        return head.allSatisfy { $0 == 9 || $0 == 10 || $0 == 13 || ($0 >= 32 && $0 < 127) }
    }

    static func read(_ data: Data, path: String, quality: QualityMask) throws -> LightCurveReading {
        let text = String(decoding: data, as: UTF8.self)
        var timeIndex = 0, fluxIndex = 1
        var errorIndex: Int? = 2, qualityIndex: Int?
        var sawHeader = false, sawData = false
        var time: [Double] = [], flux: [Double] = [], errors: [Double] = [], flags: [Int64] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("%") { continue }
            let fields = split(line)
            let numbers = fields.map { $0.isEmpty ? Double.nan : Double($0) }
            if numbers.contains(where: { $0 == nil }) {
                guard !sawHeader, !sawData else {
                    throw LightCurveError.badText(path: path, line: lineNumber, detail: "non-numeric field in '\(line.prefix(60))'")
                }
                let names = fields.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")) }
                guard let t = names.firstIndex(where: timeNames.contains),
                      let f = names.firstIndex(where: fluxNames.contains) else {
                    throw LightCurveError.badText(path: path, line: lineNumber,
                                                  detail: "header needs a time and a flux column, got '\(line.prefix(60))'")
                }
                timeIndex = t
                fluxIndex = f
                errorIndex = names.firstIndex(where: errorNames.contains)
                qualityIndex = names.firstIndex(of: "quality")
                sawHeader = true
                continue
            }
            guard numbers.count > max(timeIndex, fluxIndex) else {
                throw LightCurveError.badText(path: path, line: lineNumber,
                                              detail: "expected at least \(max(timeIndex, fluxIndex) + 1) columns, got \(numbers.count)")
            }
            sawData = true
            time.append(numbers[timeIndex] ?? .nan)
            flux.append(numbers[fluxIndex] ?? .nan)
            errors.append(errorIndex.flatMap { $0 < numbers.count ? numbers[$0] : nil } ?? .nan)
            let q = qualityIndex.flatMap { $0 < numbers.count ? numbers[$0] : nil } ?? 0
            flags.append(q.isFinite ? Int64(q) : 0)
        }
        guard sawData else { throw LightCurveError.noLightCurve(path: path, detail: "the text has no numeric rows") }
        guard flux.contains(where: \.isFinite) else { throw LightCurveError.noFiniteFlux(path: path, column: "flux") }
        let metadata = LightCurveMetadata(
            mission: .unknown, targetID: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            timeReference: 0, cadenceDays: FITSMetadataParser.medianStep(time), product: "text table", sources: [path])
        return CadenceFilter.apply(
            time: time, flux: flux, error: errors, quality: flags, cadence: nil, metadata: metadata,
            mask: quality, product: .text, fluxColumn: "flux")
    }

    private static func split(_ line: String) -> [String] {
        let separators: Set<Character> = line.contains(",") ? [","] : (line.contains(";") ? [";"] : [" ", "\t"])
        return line.split(omittingEmptySubsequences: !separators.contains(","), whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
