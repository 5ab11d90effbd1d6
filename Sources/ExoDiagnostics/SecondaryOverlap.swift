import ExoBasics

/// Whether a signal's "secondary eclipse" is another signal's transit: in a multi-planet system the
/// deepest dip away from one planet's transit is often the next planet's.
public enum SecondaryOverlap {
    /// The number (1-based) of a signal among `signals`, other than number `index + 1`, with a transit
    /// within half the two durations of one of the secondary-eclipse times of `signals[index]` (its
    /// secondary at phase `secondaryPhase`, 0-1) between `start` and `end`; nil if none.
    public static func signal(overlappingSecondaryOf index: Int, secondaryPhase: Double, among signals: [Ephemeris],
                              from start: Double, to end: Double) -> Int? {
        let signal = signals[index]
        guard signal.period > 0 else { return nil }
        let secondary = Ephemeris(period: signal.period, epoch: signal.epoch + secondaryPhase * signal.period,
                                  duration: signal.duration)
        for (other, ephemeris) in signals.enumerated() where other != index && ephemeris.period > 0 {
            let window = (signal.duration + ephemeris.duration) / 2
            if ephemeris.transitTimes(from: start, to: end).contains(where: { abs(secondary.timeFromTransit($0)) < window }) {
                return other + 1
            }
        }
        return nil
    }

    /// The position in `events` (mid-times and durations, days) of a lone transit within half the two
    /// durations of one of the secondary-eclipse times of `signal` (its secondary at phase
    /// `secondaryPhase`, 0-1); nil if none.
    public static func loneTransit(overlappingSecondaryOf signal: Ephemeris, secondaryPhase: Double,
                                   events: [(epoch: Double, duration: Double)]) -> Int? {
        guard signal.period > 0 else { return nil }
        let secondary = Ephemeris(period: signal.period, epoch: signal.epoch + secondaryPhase * signal.period,
                                  duration: signal.duration)
        return events.firstIndex { abs(secondary.timeFromTransit($0.epoch)) < (signal.duration + $0.duration) / 2 }
    }
}
