import ExoBasics

/// Whether a signal's "secondary eclipse" is another signal's transit: in a multi-planet system the
/// deepest dip away from one planet's transit is often the next planet's.
public enum SecondaryOverlap {
    /// Two periods closer than this fraction are one system's (two planets in a 1:1 resonance aside).
    public static let samePeriodTolerance = 0.002

    /// The number (1-based) of a signal among `signals`, other than number `index + 1` and not of the
    /// same period (that would be the binary's own other eclipse: ``samePeriodSignal(of:among:)``), with a
    /// transit within half the two durations of one of the secondary-eclipse times of `signals[index]`
    /// (its secondary at phase `secondaryPhase`, 0-1) between `start` and `end`; nil if none.
    public static func signal(overlappingSecondaryOf index: Int, secondaryPhase: Double, among signals: [Ephemeris],
                              from start: Double, to end: Double) -> Int? {
        let signal = signals[index]
        guard signal.period > 0 else { return nil }
        let secondary = Ephemeris(period: signal.period, epoch: signal.epoch + secondaryPhase * signal.period,
                                  duration: signal.duration)
        for (other, ephemeris) in signals.enumerated() where other != index && ephemeris.period > 0
            && !isSamePeriod(signal, ephemeris) {
            let window = (signal.duration + ephemeris.duration) / 2
            if ephemeris.transitTimes(from: start, to: end).contains(where: { abs(secondary.timeFromTransit($0)) < window }) {
                return other + 1
            }
        }
        return nil
    }

    /// The position in `signals` of another signal with the period of `signals[index]`, and whether its
    /// transits fall at another phase (more than half the two durations from this signal's) or on this
    /// signal's own (the rest of one eclipse); nil if none.
    public static func samePeriodSignal(of index: Int, among signals: [Ephemeris]) -> (index: Int, atOtherPhase: Bool)? {
        let signal = signals[index]
        guard signal.period > 0,
              let other = signals.indices.first(where: { $0 != index && isSamePeriod(signal, signals[$0]) }) else { return nil }
        return (other, abs(signal.timeFromTransit(signals[other].epoch)) > (signal.duration + signals[other].duration) / 2)
    }

    private static func isSamePeriod(_ a: Ephemeris, _ b: Ephemeris) -> Bool {
        b.period > 0 && abs(a.period / b.period - 1) < samePeriodTolerance
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
