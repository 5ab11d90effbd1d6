/// Kepler quarters from the time stamps in file names (`kplr011442793-2009350155506_llc.fits` is Q3).
///
/// The table is MAST's long- and short-cadence file prefixes (as in MAST's `get_kepler.py`, reproduced by
/// AstroNet's `kepler_io.py`). Pixel files share the light curves' stamps.
public enum KeplerQuarter {
    /// Quarter → long-cadence time stamps.
    static let longCadence: [Int: [String]] = [
        0: ["2009131105131"], 1: ["2009166043257"], 2: ["2009259160929"], 3: ["2009350155506"],
        4: ["2010078095331", "2010009091648"], 5: ["2010174085026"], 6: ["2010265121752"],
        7: ["2010355172524"], 8: ["2011073133259"], 9: ["2011177032512"], 10: ["2011271113734"],
        11: ["2012004120508"], 12: ["2012088054726"], 13: ["2012179063303"], 14: ["2012277125453"],
        15: ["2013011073258"], 16: ["2013098041711"], 17: ["2013131215648"],
    ]
    /// Quarter → short-cadence time stamps (quarters 0-4; later quarters fall back to the long-cadence table).
    static let shortCadence: [Int: [String]] = [
        0: ["2009131110544"], 1: ["2009166044711"], 2: ["2009201121230", "2009231120729", "2009259162342"],
        3: ["2009291181958", "2009322144938", "2009350160919"],
        4: ["2010009094841", "2010019161129", "2010049094358", "2010078100744"],
    ]

    private static let stampToQuarter: [String: Int] = {
        var table: [String: Int] = [:]
        for (quarter, stamps) in shortCadence { for stamp in stamps { table[stamp] = quarter } }
        for (quarter, stamps) in longCadence { for stamp in stamps { table[stamp] = quarter } }
        return table
    }()

    /// The quarter of a Kepler file name `kplrNNNNNNNNN-YYYYDDDHHMMSS_...`, nil if the stamp is unknown.
    public static func quarter(ofFileName name: String) -> Int? {
        guard name.hasPrefix("kplr"), let dash = name.firstIndex(of: "-") else { return nil }
        let stamp = name[name.index(after: dash)...].prefix(13)
        return stampToQuarter[String(stamp)]
    }
}
