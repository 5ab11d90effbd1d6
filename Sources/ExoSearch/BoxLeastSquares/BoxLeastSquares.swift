import ExoThreads
import Foundation

/// Box least squares (Kovács, Zucker & Mazeh 2002) computed as astropy's
/// `BoxLeastSquares.power(period, duration, objective, method="fast", oversample)`.
///
/// The flux is taken relative to its median and weighted by `1 / fluxError²` (all weights 1 when
/// no errors are given). At each trial period the phase is cut into bins `min(durations) / oversample`
/// wide and every duration is slid over every bin, exactly as astropy does (including its
/// wrap-around padding), so the same grid gives the same periodogram to rounding error.
///
/// ```swift
/// let bls = try BoxLeastSquares(time: lc.time, flux: lc.flux, fluxError: lc.fluxError)
/// let grid = PeriodGrid.autoperiod(timeSpan: 27, durations: [0.05, 0.1, 0.2])
/// let periodogram = try bls.power(periods: grid, durations: [0.05, 0.1, 0.2])
/// print(periodogram.periodAtMaxPower)
/// ```
///
/// Instead of astropy's point-by-point binning, points sorted in time are binned through prefix
/// sums at the bin edges when the light curve has more points than phase bins span its baseline
/// (dense 2-minute data); sparse data are binned point by point. The phase scan is vectorised and
/// periods are shared among threads.
///
/// - Complexity: O(periods × (min(N, baseline / bin) + bins × durations)).
public struct BoxLeastSquares: Sendable {
    /// Times, days, sorted ascending.
    public let time: [Double]
    /// Fluxes at ``time``.
    public let flux: [Double]
    /// Weights `1 / fluxError²` at ``time`` (1 where no errors were given).
    public let inverseVariance: [Double]

    /// Prepares a search on finite points; non-finite times, fluxes or errors are dropped.
    ///
    /// - Parameters:
    ///   - time: days.
    ///   - flux: any unit (the periodogram's depths come out in it).
    ///   - fluxError: one-sigma errors in flux units; nil, or all non-finite, gives unit weights.
    /// - Throws: ``SearchError/tooFewPoints(source:count:minimum:)`` with fewer than 3 usable points.
    public init(time: [Double], flux: [Double], fluxError: [Double]? = nil) throws {
        let useErrors = fluxError.map { errors in errors.contains { $0.isFinite && $0 > 0 } } ?? false
        var keep: [Int] = []
        keep.reserveCapacity(time.count)
        for i in time.indices where time[i].isFinite && flux[i].isFinite {
            if useErrors, let e = fluxError?[i], !(e.isFinite && e > 0) { continue }
            keep.append(i)
        }
        guard keep.count >= 3 else { throw SearchError.tooFewPoints(source: "", count: keep.count, minimum: 3) }
        keep.sort { time[$0] < time[$1] }
        self.time = keep.map { time[$0] }
        self.flux = keep.map { flux[$0] }
        if useErrors, let fluxError {
            inverseVariance = keep.map { 1 / (fluxError[$0] * fluxError[$0]) }
        } else {
            inverseVariance = [Double](repeating: 1, count: keep.count)
        }
    }

    /// The periodogram at `periods` for boxes of `durations`.
    ///
    /// - Parameters:
    ///   - periods: trial periods, days, all positive.
    ///   - durations: trial durations, days; the longest must be shorter than the shortest period.
    ///   - objective: what to maximise at each period (astropy's default is `.likelihood`).
    ///   - oversample: phase bins per shortest duration (astropy's default 10).
    ///   - threads: worker threads (default: ``ThreadBudget/available``).
    ///   - maximumDutyCycle: if given, a duration is tried at a period only when
    ///     `duration ≤ maximumDutyCycle · period` (not in astropy; nil tries every duration everywhere).
    ///   - algorithm: `.exact` (astropy's binning, default), `.fast` (fast folding on the phase-bin
    ///     grid) or `.auto` (whichever costs less for each group of periods).
    /// - Throws: ``SearchError`` for empty or non-positive grids.
    public func power(
        periods: [Double], durations: [Double], objective: BLSObjective = .likelihood,
        oversample: Int = 10, threads: Int? = nil, maximumDutyCycle: Double? = nil, algorithm: BLSAlgorithm = .exact
    ) throws -> BLSPeriodogram {
        try power(periods: periods, durations: durations, objective: objective, oversample: oversample,
                  threads: threads, binning: nil, maximumDutyCycle: maximumDutyCycle, algorithm: algorithm)
    }

    /// ``power(periods:durations:objective:oversample:threads:)`` with the binning method forced
    /// (nil: chosen from the data), so tests can check both methods against astropy.
    func power(
        periods: [Double], durations: [Double], objective: BLSObjective, oversample: Int, threads: Int?,
        binning: BLSBinning?, maximumDutyCycle: Double? = nil, algorithm: BLSAlgorithm = .exact
    ) throws -> BLSPeriodogram {
        guard !periods.isEmpty, let minPeriod = periods.min(), minPeriod > .ulpOfOne else {
            throw SearchError.invalidGrid("periods must be positive and not empty, got \(periods.count) values")
        }
        guard !durations.isEmpty, let minDuration = durations.min(), let maxDuration = durations.max(),
              minDuration > .ulpOfOne
        else {
            throw SearchError.invalidGrid("durations must be positive and not empty, got \(durations)")
        }
        guard maxDuration <= minPeriod else {
            throw SearchError.durationLongerThanPeriod(maxDuration: maxDuration, minPeriod: minPeriod)
        }
        guard oversample >= 1 else { throw SearchError.invalidGrid("oversample must be at least 1, got \(oversample)") }
        let engine = BLSEngine(
            time: time, flux: flux, inverseVariance: inverseVariance, durations: durations,
            oversample: oversample, maxPeriod: periods.max() ?? minPeriod, binning: binning,
            maximumDutyCycle: maximumDutyCycle
        )
        return engine.run(periods: periods, objective: objective,
                          threads: max(1, threads ?? ThreadBudget.available), algorithm: algorithm)
    }
}
