/// The kinds of MAST files Exoscope fetches.
public enum ProductKind: String, Sendable, Codable, CaseIterable {
    /// A light curve (`*_lc.fits`, `*_llc.fits`, `*_slc.fits`).
    case lightCurve = "lc"
    /// A target pixel file (`*_tp.fits`, `*_lpd-targ.fits.gz`, `*_spd-targ.fits.gz`).
    case pixelFile = "tpf"

    /// The kind of a file from the suffix of its name; nil for other products (reports, cotrending...).
    public init?(fileName: String) {
        let name = fileName.lowercased()
        if name.hasSuffix("_lc.fits") || name.hasSuffix("_llc.fits") || name.hasSuffix("_slc.fits") {
            self = .lightCurve
        } else if name.hasSuffix("_tp.fits") || name.hasSuffix("-targ.fits.gz") || name.hasSuffix("-targ.fits") {
            self = .pixelFile
        } else {
            return nil
        }
    }
}
