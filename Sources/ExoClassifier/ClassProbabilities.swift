/// A model's probabilities for the three classes of the TESS vetting set; they sum to 1.
public struct ClassProbabilities: Codable, Equatable, Sendable {
    /// Planet candidate.
    public var pc: Double
    /// Eclipsing binary.
    public var eb: Double
    /// Junk (variability or instrumental).
    public var j: Double

    /// Probabilities from their values.
    public init(pc: Double, eb: Double, j: Double) {
        self.pc = pc
        self.eb = eb
        self.j = j
    }

    /// The probability that the signal is a planet: ``pc``.
    public var planet: Double { pc }
    /// The probability that the signal is astrophysical (planet or binary): `pc + eb`.
    public var astrophysical: Double { pc + eb }
    /// The most probable class.
    public var mostLikely: VettingLabel {
        pc >= eb && pc >= j ? .pc : (eb >= j ? .eb : .j)
    }

    /// The score a task ranks by.
    public func score(for task: VettingTask) -> Double {
        switch task {
        case .vetting: planet
        case .triage: astrophysical
        }
    }
}
