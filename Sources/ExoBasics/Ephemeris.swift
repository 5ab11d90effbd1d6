/// A periodic transit ephemeris: period, reference mid-transit time and duration, all in days and
/// the epoch in the light curve's own time system (e.g. BTJD or BKJD).
///
/// The one place where the in-transit arithmetic lives (as TLS's `transit_mask`):
///
/// ```swift
/// let b = Ephemeris(period: 7.008, epoch: 140.63, duration: 0.12)
/// b.timeFromTransit(141.0)            // days from the nearest mid-transit, in [-P/2, P/2]
/// b.isInTransit(141.0)                // within half a duration of a mid-transit
/// b.transitTimes(from: 131, to: 400)  // mid-times in a span
/// ```
public struct Ephemeris: Sendable, Codable, Hashable {
    /// Orbital period, days.
    public var period: Double
    /// Mid-time of one transit, days.
    public var epoch: Double
    /// Transit duration (first to last contact, or the box width), days.
    public var duration: Double

    /// An ephemeris; `period` must be positive for the phase functions to be meaningful.
    public init(period: Double, epoch: Double, duration: Double) {
        self.period = period
        self.epoch = epoch
        self.duration = duration
    }

    /// The number of the transit nearest `time` (0 at ``epoch``, negative before it).
    public func transitNumber(at time: Double) -> Int {
        let cycle = ((time - epoch) / period).rounded()
        return cycle.isFinite ? Int(cycle) : 0
    }

    /// Days from the nearest mid-transit to `time`, in [-P/2, P/2]: `t − epoch − k·P`.
    public func timeFromTransit(_ time: Double) -> Double {
        let cycle = ((time - epoch) / period).rounded()
        return time - epoch - cycle * period
    }

    /// Orbital phase of `time` in [0, 1): 0 at mid-transit, 0.5 half an orbit later.
    public func phase(at time: Double) -> Double {
        let offset = timeFromTransit(time) / period
        return offset < 0 ? offset + 1 : offset
    }

    /// Whether `time` lies within a window `widthInDurations` durations wide centred on a transit
    /// (1, the default, is the transit itself; 2 is the usual mask).
    public func isInTransit(_ time: Double, widthInDurations: Double = 1) -> Bool {
        abs(timeFromTransit(time)) < 0.5 * widthInDurations * duration
    }

    /// The first mid-transit time at or after `time`.
    public func firstTransit(atOrAfter time: Double) -> Double {
        epoch - ((epoch - time) / period).rounded(.down) * period
    }

    /// Mid-transit times in `[start, end]`, ascending; empty for an invalid span or period, or
    /// when the span would hold more than `limit` transits.
    public func transitTimes(from start: Double, to end: Double, limit: Int = 100_000) -> [Double] {
        guard period > 0, period.isFinite, start.isFinite, end.isFinite, start <= end else { return [] }
        let first = ((start - epoch) / period).rounded(.up)
        let last = ((end - epoch) / period).rounded(.down)
        guard last >= first, last - first < Double(limit) else { return [] }
        return stride(from: first, through: last, by: 1).map { epoch + $0 * period }
    }

    /// The same transits seen at `factor` times the period (2: every other transit, with the
    /// ones in between at phase 0.5).
    public func multiplyingPeriod(by factor: Int) -> Ephemeris {
        Ephemeris(period: period * Double(factor), epoch: epoch, duration: duration)
    }
}
