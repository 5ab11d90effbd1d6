import Foundation

/// The star a mission file belongs to, read from the standard MAST file names.
///
/// `kplr011442793-…` → `KIC 11442793`, `ktwo201367065-…` and `hlsp_k2sff_k2_lightcurve_201367065-…` →
/// `EPIC 201367065`, `tess…-s0001-0000000025155310-…`, `hlsp_tess-data-alerts_tess_phot_00025155310-…`,
/// `…TIC260161111…` and `tess25155310-s01…` → `TIC …`. Leading zeros are dropped, so every product of
/// one star gets the same id.
public enum StarIdentity {
    private static let patterns: [(regex: NSRegularExpression, prefix: String)] = [
        (#"^kplr(\d{9})"#, "KIC"),
        (#"^ktwo(\d{9})"#, "EPIC"),
        (#"^hlsp_k2[a-z0-9]*_k2_[a-z]+_(\d{9})"#, "EPIC"),
        (#"^hlsp_everest_k2_llc_(\d{9})"#, "EPIC"),
        (#"^tess\d{13}-s\d{4}-(\d{16})-"#, "TIC"),
        (#"^hlsp_[a-z0-9-]+_tess_[a-z0-9-]+_(\d{8,16})-s"#, "TIC"),
        (#"tic[-_]?(\d{4,12})"#, "TIC"),
        (#"^tess(\d{4,12})-s\d"#, "TIC"),
    ].compactMap { pattern, prefix in
        (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])).map { ($0, prefix) }
    }

    /// The star id in a file name, or nil if the name follows none of the known schemes.
    public static func fromFileName(_ name: String) -> String? {
        let range = NSRange(name.startIndex..., in: name)
        for (regex, prefix) in patterns {
            guard let match = regex.firstMatch(in: name, range: range), match.numberOfRanges > 1,
                  let digits = Range(match.range(at: 1), in: name), let number = Int(name[digits])
            else { continue }
            return "\(prefix) \(number)"
        }
        return nil
    }

    /// A catalogue id written in any common form (`KIC 011442793`, `tic25155310`) in the canonical
    /// form `KIC 11442793`; other text is returned trimmed.
    public static func canonical(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let compact = trimmed.replacingOccurrences(of: " ", with: "").uppercased()
        for prefix in ["KIC", "EPIC", "TIC"] where compact.hasPrefix(prefix) {
            if let number = Int(compact.dropFirst(prefix.count)) { return "\(prefix) \(number)" }
        }
        return trimmed
    }
}
