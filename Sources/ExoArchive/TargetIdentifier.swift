import ExoLightCurve
import Foundation

/// A star as the user names it: a catalogue number (KIC, EPIC, TIC) or a name MAST resolves.
///
/// ```swift
/// TargetIdentifier(parsing: "KIC 11442793")  // .kic(11442793)
/// TargetIdentifier(parsing: "tic25155310")   // .tic(25155310)
/// TargetIdentifier(parsing: "WASP-126")      // .name("WASP-126")
/// ```
public enum TargetIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// Kepler Input Catalog number.
    case kic(Int)
    /// K2 Ecliptic Plane Input Catalog number.
    case epic(Int)
    /// TESS Input Catalog number.
    case tic(Int)
    /// Any other name (resolved to a sky position by MAST).
    case name(String)

    /// Parses "KIC 123", "kplr123", "EPIC 123", "ktwo123", "TIC 123" (case and spaces free), else a name.
    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let compact = trimmed.lowercased().replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        for (prefix, make) in [("kic", Self.kic), ("kplr", Self.kic), ("epic", Self.epic), ("ktwo", Self.epic),
                               ("tic", Self.tic)] as [(String, (Int) -> TargetIdentifier)]
        {
            if compact.hasPrefix(prefix), let number = Int(compact.dropFirst(prefix.count)), number > 0 {
                self = make(number)
                return
            }
        }
        self = .name(trimmed)
    }

    /// The mission whose catalogue the number belongs to (nil for names).
    public var mission: Mission? {
        switch self {
        case .kic: .kepler
        case .epic: .k2
        case .tic: .tess
        case .name: nil
        }
    }

    /// MAST's `target_name` for the mission's own products: `kplr011442793`, `ktwo201367065`, `25155310`.
    public var mastTargetName: String? {
        switch self {
        case let .kic(n): "kplr" + Self.zeroPadded(n, width: 9)
        case let .epic(n): "ktwo" + Self.zeroPadded(n, width: 9)
        case let .tic(n): String(n)
        case .name: nil
        }
    }

    public var description: String {
        switch self {
        case let .kic(n): "KIC \(n)"
        case let .epic(n): "EPIC \(n)"
        case let .tic(n): "TIC \(n)"
        case let .name(name): name
        }
    }

    static func zeroPadded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
