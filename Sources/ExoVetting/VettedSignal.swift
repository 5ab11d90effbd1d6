import ExoDiagnostics
import ExoClassifier
import ExoSearch

/// One signal of a star: what the search measured, what the classifier said, and the verdict.
///
/// Encodes to JSON with the keys of `exoscope search --json` (`period`, `period_err`, `epoch`, `epoch_err`,
/// `duration`, `depth`, `depth_err`, `snr`, `sde`, `transit_count`, `power`, `diagnostics`, `transits`) plus
/// `planet_probability`, `class_probabilities` (`PC`, `EB`, `J`), `verdict`, `reasons`, `flags` (the search's
/// and the verdict rules' together), `twice_period` (``TwicePeriod``, when measured) and `centroid`
/// (``CentroidOffset``, for a target pixel file); docs/output.md. A signal that is an eclipsing binary at
/// twice the search's period is reported at twice the period: `period`, `epoch`, `depth`, `depth_err`,
/// `transit_count` and `transits` are the primary eclipse's; `snr`, `sde`, `power` and `diagnostics` stay
/// those of the search's period.
public struct VettedSignal: Codable, Sendable, Equatable {
    /// The search's measurements and diagnostics.
    public var signal: TransitSignal
    /// The classifier's class probabilities.
    public var probabilities: ClassProbabilities
    /// The verdict.
    public var verdict: Verdict
    /// Why, one sentence each.
    public var reasons: [String]
    /// The flags raised by the diagnostics and the verdict rules (``VerdictRules/decide(_:)``).
    public var flags: [DiagnosticFlag]
    /// The signal measured at twice its period (nil if not measured).
    public var twicePeriod: TwicePeriod?
    /// Where the transit source lies in the target pixel file (nil for light curves, or too few transits).
    public var centroid: CentroidOffset?

    /// The classifier's planet probability (P(PC)).
    public var planetProbability: Double { probabilities.pc }

    /// Creates a vetted signal.
    public init(signal: TransitSignal, probabilities: ClassProbabilities, verdict: Verdict, reasons: [String],
                flags: [DiagnosticFlag], twicePeriod: TwicePeriod? = nil, centroid: CentroidOffset? = nil) {
        self.twicePeriod = twicePeriod
        self.centroid = centroid
        self.signal = signal
        self.probabilities = probabilities
        self.verdict = verdict
        self.reasons = reasons
        self.flags = flags
    }

    enum CodingKeys: String, CodingKey {
        case period, periodError = "period_err", epoch, epochError = "epoch_err", duration, depth
        case depthError = "depth_err"
        case snr, sde
        case transitCount = "transit_count"
        case power, diagnostics, transits, centroid
        case planetProbability = "planet_probability"
        case classProbabilities = "class_probabilities"
        case verdict, reasons, flags
        case twicePeriod = "twice_period"
    }

    /// The `class_probabilities` object.
    struct ClassTriple: Codable, Equatable {
        var PC: Double
        var EB: Double
        var J: Double
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let triple = try c.decode(ClassTriple.self, forKey: .classProbabilities)
        flags = try c.decode([DiagnosticFlag].self, forKey: .flags)
        signal = TransitSignal(
            period: try c.decode(Double.self, forKey: .period), epoch: try c.decode(Double.self, forKey: .epoch),
            duration: try c.decode(Double.self, forKey: .duration), depth: try c.decode(Double.self, forKey: .depth),
            depthError: try c.decode(Double.self, forKey: .depthError), snr: try c.decode(Double.self, forKey: .snr),
            sde: try c.decode(Double.self, forKey: .sde), transitCount: try c.decode(Int.self, forKey: .transitCount),
            power: try c.decode(Double.self, forKey: .power),
            diagnostics: try c.decode(TransitDiagnostics.self, forKey: .diagnostics), flags: [],
            transits: try c.decodeIfPresent([TransitMeasurement].self, forKey: .transits) ?? [])
        probabilities = ClassProbabilities(pc: triple.PC, eb: triple.EB, j: triple.J)
        verdict = try c.decode(Verdict.self, forKey: .verdict)
        reasons = try c.decode([String].self, forKey: .reasons)
        twicePeriod = try c.decodeIfPresent(TwicePeriod.self, forKey: .twicePeriod)
        centroid = try c.decodeIfPresent(CentroidOffset.self, forKey: .centroid)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(signal.period, forKey: .period)
        try c.encode(signal.periodError, forKey: .periodError)
        try c.encode(signal.epoch, forKey: .epoch)
        try c.encode(signal.epochError, forKey: .epochError)
        try c.encode(signal.duration, forKey: .duration)
        try c.encode(signal.depth, forKey: .depth)
        try c.encode(signal.depthError, forKey: .depthError)
        try c.encode(signal.snr, forKey: .snr)
        try c.encode(signal.sde, forKey: .sde)
        try c.encode(signal.transitCount, forKey: .transitCount)
        try c.encode(signal.power, forKey: .power)
        try c.encode(signal.diagnostics, forKey: .diagnostics)
        try c.encode(signal.transits, forKey: .transits)
        try c.encodeIfPresent(centroid, forKey: .centroid)
        try c.encode(probabilities.pc, forKey: .planetProbability)
        try c.encode(ClassTriple(PC: probabilities.pc, EB: probabilities.eb, J: probabilities.j),
                     forKey: .classProbabilities)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(flags, forKey: .flags)
        try c.encodeIfPresent(twicePeriod, forKey: .twicePeriod)
    }
}
