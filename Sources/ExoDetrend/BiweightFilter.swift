import ExoThreads
import Foundation

/// A robust time-windowed trend: at each point, Tukey's biweight location of the fluxes within
/// `windowDays` centred on it (wotan's `flatten(method="biweight")`, Hippke et al. 2019).
///
/// The window of point `i` holds the points with `t[i] − w/2 ≤ t < t[i] + w/2` of the same
/// segment (segments split at gaps longer than ``breakToleranceDays``). The location starts at the
/// window's median and is refined by reweighting with `(1 − u²)²`, `u = (f − loc) / (c · MAD)`,
/// until a step moves it by less than `1e-6 · MAD`, exactly as wotan iterates. Masked points (in
/// transit) are left out of every window but still get a trend value.
///
/// ```swift
/// let trend = BiweightFilter(windowDays: 0.75).trend(time: lc.time, flux: lc.flux)
/// ```
///
/// - Complexity: O(N · w) for N points and w points per window (a sorted window slides along),
///   shared among ``threads`` threads.
public struct BiweightFilter: Sendable, Codable, Equatable {
    /// Full width of the sliding window, days.
    public var windowDays: Double
    /// Tuning constant `c` of the biweight (wotan's `cval`, default 5).
    public var tuningConstant: Double
    /// Gaps longer than this split the light curve into independently filtered segments, days
    /// (nil: half the window, as wotan).
    public var breakToleranceDays: Double?
    /// Threads that filter chunks of the light curve in parallel (nil: ``ThreadBudget/available``). The
    /// result does not depend on it.
    public var threads: Int?

    /// Creates a filter with a window of `windowDays` days.
    public init(windowDays: Double, tuningConstant: Double = 5, breakToleranceDays: Double? = nil,
                threads: Int? = nil) {
        self.windowDays = windowDays
        self.tuningConstant = tuningConstant
        self.breakToleranceDays = breakToleranceDays
        self.threads = threads
    }

    /// The trend at every point (NaN where a window holds no unmasked point).
    ///
    /// - Parameters:
    ///   - time: ascending times, days.
    ///   - flux: fluxes (finite).
    ///   - mask: true for points to leave out of the trend fit (e.g. in transit); nil for none.
    public func trend(time: [Double], flux: [Double], mask: [Bool]? = nil) -> [Double] {
        var trend = [Double](repeating: .nan, count: time.count)
        let tolerance = breakToleranceDays ?? windowDays / 2
        let usable = mask.map { $0.map { !$0 } } ?? [Bool](repeating: true, count: time.count)
        for segment in GapSplitter.segments(time: time, maxGapDays: tolerance) {
            BiweightKernel.filterSegment(
                time: time, flux: flux, usable: usable, range: segment, halfWindow: windowDays / 2,
                tuningConstant: tuningConstant,
                threads: threads ?? ThreadBudget.available, into: &trend)
        }
        return trend
    }
}
