import Foundation

/// The grid and rules of an injection-recovery run.
public struct RecoveryConfiguration: Sendable, Codable, Equatable {
    /// Edges of the period bins, days (ascending; n edges make n − 1 bins).
    public var periodEdges: [Double]
    /// Edges of the signal-to-noise bins (ascending).
    public var snrEdges: [Double]
    /// Injections per (period, SNR) bin and per light curve.
    public var trialsPerBin: Int
    /// Seed of the injected periods, epochs, impact parameters and SNRs.
    public var seed: UInt64
    /// Largest impact parameter drawn (uniform from 0).
    public var maximumImpactParameter: Double
    /// Stellar density for a/R⋆ and the durations, solar units.
    public var stellarDensity: Double
    /// A recovered period must be within this fraction of the injected one.
    public var periodTolerance: Double
    /// How many of the search's signals (strongest first) may match.
    public var signalsChecked: Int

    /// A run over `periodEdges` × `snrEdges` with `trialsPerBin` injections per bin.
    public init(periodEdges: [Double], snrEdges: [Double] = [5, 7, 9, 12, 15, 20, 30], trialsPerBin: Int = 10,
                seed: UInt64 = 1, maximumImpactParameter: Double = 0.7, stellarDensity: Double = 1,
                periodTolerance: Double = 0.01, signalsChecked: Int = 1) {
        self.periodEdges = periodEdges
        self.snrEdges = snrEdges
        self.trialsPerBin = trialsPerBin
        self.seed = seed
        self.maximumImpactParameter = maximumImpactParameter
        self.stellarDensity = stellarDensity
        self.periodTolerance = periodTolerance
        self.signalsChecked = signalsChecked
    }

    /// Period bins suited to a light curve spanning `spanDays`: from 1 day to a third of the span
    /// (at least three transits), four logarithmic bins.
    public static func periodEdges(forSpan spanDays: Double) -> [Double] {
        let top = max(spanDays / 3, 2)
        return (0...4).map { 1 * pow(top, Double($0) / 4) }
    }
}
