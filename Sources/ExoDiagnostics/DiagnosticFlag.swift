/// A named finding about a signal, written into the JSON `flags` as its snake_case ``rawValue``.
///
/// The diagnostic flags are raised in one place, ``DiagnosticThresholds/flags(for:)``, from the
/// measurements in ``SignalEvidence`` and the limits in ``DiagnosticThresholds``; the verdict rules
/// read them and never re-derive them. The classifier and domain flags are raised by the verdict rules,
/// which alone see the classifier.
public enum DiagnosticFlag: Hashable, Sendable, CaseIterable {
    /// The transit SNR is below ``DiagnosticThresholds/minimumSNR``.
    case lowSNR
    /// Fewer than ``DiagnosticThresholds/minimumTransits`` transits have data, or one transit carries
    /// more than ``DiagnosticThresholds/singleEventFraction`` of the signal: the period is not measured.
    case singleEvent
    /// Transits at edges of the data (start, end, gaps) carry more than
    /// ``DiagnosticThresholds/maximumEdgeFraction`` of the signal and the others are no detection on their
    /// own: dips that detrending and the spacecraft make there.
    case atDataEdges
    /// Longer than a transit of an orbiting body can be (a fraction of the period, or a multiple of the
    /// central-transit duration for the star's density).
    case durationTooLong
    /// Deeper than any planet can make.
    case tooDeep
    /// A significant dip at another phase, a sizeable fraction of the primary.
    case secondaryEclipse
    /// The secondary-eclipse dip is where this star's other signal number `n` transits (1-based).
    case secondaryIsSignal(Int)
    /// The signal has the period of this star's deeper signal number `n` (1-based), at another phase and
    /// a sizeable fraction of its depth (the two are one eclipsing binary's two eclipses), or signal `n`
    /// is an eclipsing binary (at its phase this signal is the rest of its eclipse).
    case eclipseOfSignal(Int)
    /// The secondary-eclipse dip is a lone transit of the same star (``SignalEvidence/secondaryOverlapsLoneTransit``),
    /// such as another planet's with too few transits to be a periodic signal.
    case secondaryIsLoneTransit
    /// Odd and even transits differ in depth.
    case oddEven
    /// V-shaped: a grazing eclipse.
    case vShaped
    /// The depth changes between segments of the light curve.
    case inconsistentDepth
    /// The difference image puts the transit source off the target (pixel files).
    case centroidOffset
    /// An eclipsing binary found at half its period: at twice it the two eclipses differ, or are alike
    /// and too deep for a planet (``TwicePeriod``); the signal is reported at twice the period.
    case twicePeriod
    /// A lone transit shorter than a central transit at the shortest period the data's coverage
    /// allows: grazing or eccentric (single transits only, `SingleTransitVetter`).
    case shortForPeriodLimit
    /// The classifier's inputs lie outside what it was trained on; the diagnostics decide (verdict rules).
    case outOfDomain
    /// The classifier finds variability or instrumental noise likelier than a transit (verdict rules).
    case classifierJunk
    /// The classifier finds an eclipsing binary likelier than junk, and a planet unlikely (verdict rules).
    case classifierEB

    /// Every flag without an associated value, and `secondaryIsSignal(1)` and `eclipseOfSignal(1)` as examples.
    public static var allCases: [DiagnosticFlag] {
        [.lowSNR, .singleEvent, .atDataEdges, .durationTooLong, .tooDeep, .secondaryEclipse, .secondaryIsSignal(1), .eclipseOfSignal(1),
         .secondaryIsLoneTransit, .oddEven,
         .vShaped, .inconsistentDepth, .centroidOffset, .twicePeriod, .shortForPeriodLimit, .outOfDomain, .classifierJunk, .classifierEB]
    }

    /// Whether the flag is evidence of an eclipsing binary on the target (when the eclipse is deep enough
    /// for ``vShaped``: see ``DiagnosticThresholds/vShapeDepth``).
    public var isBinaryEvidence: Bool {
        switch self {
        case .secondaryEclipse, .eclipseOfSignal, .oddEven, .vShaped: true
        default: false
        }
    }
}

extension DiagnosticFlag: RawRepresentable, Codable, CustomStringConvertible {
    /// The snake_case name written to JSON, e.g. `odd_even`, `secondary_is_signal_2`.
    public var rawValue: String {
        switch self {
        case .lowSNR: "low_snr"
        case .singleEvent: "single_event"
        case .atDataEdges: "at_data_edges"
        case .durationTooLong: "duration_too_long"
        case .tooDeep: "too_deep"
        case .secondaryEclipse: "secondary_eclipse"
        case .secondaryIsSignal(let n): "secondary_is_signal_\(n)"
        case .eclipseOfSignal(let n): "eclipse_of_signal_\(n)"
        case .secondaryIsLoneTransit: "secondary_is_lone_transit"
        case .oddEven: "odd_even"
        case .vShaped: "v_shaped"
        case .inconsistentDepth: "inconsistent_depth"
        case .centroidOffset: "centroid_offset"
        case .twicePeriod: "twice_period"
        case .shortForPeriodLimit: "short_for_period_limit"
        case .outOfDomain: "out_of_domain"
        case .classifierJunk: "classifier_junk"
        case .classifierEB: "classifier_eb"
        }
    }

    /// The flag named `rawValue`; nil for an unknown name.
    public init?(rawValue: String) {
        let numbered: [(String, (Int) -> DiagnosticFlag)] = [("secondary_is_signal_", { .secondaryIsSignal($0) }),
                                                             ("eclipse_of_signal_", { .eclipseOfSignal($0) })]
        for (prefix, flag) in numbered {
            if rawValue.hasPrefix(prefix), let n = Int(rawValue.dropFirst(prefix.count)), n > 0 {
                self = flag(n)
                return
            }
        }
        guard let flag = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = flag
    }

    public init(from decoder: Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let flag = DiagnosticFlag(rawValue: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown flag \"\(name)\""))
        }
        self = flag
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}
