import ExoBasics
import Foundation

/// The inputs the classifier was trained on: a signal outside them gets the flag `out_of_domain` and
/// the diagnostics carry its verdict instead of the classifier's vote (``VerdictRules``,
/// ``VettingConfiguration/classifierDomain``).
///
/// The defaults are those of the bundled default model, trained on the TESS vetting set (14,798 train
/// and validation records, single- and multi-sector TESS full-frame light curves) and 1,012 records of
/// simulated Kepler, K2 and TESS stars made by `vet`'s own pipeline (`exoscope dataset
/// --simulated-per-kind`), measured with `scripts/tess_feature_ranges.py` over all 15,810 (docs/vetting.md):
/// the 0.5th and 99.5th percentiles of the records' `Period` (0.102-48.5 d; the longest TESS planet
/// candidate is 46.3 d) and `Duration` (0.0012-1.00 d), and the 99.5th percentile of `SN` (6,949; the
/// simulated binaries reach 10⁵, the TESS set's 99.5th percentile alone was 525). The TESS records'
/// `Transit_Depth` is one constant (-5.19e4 in every record), so no depth range can be derived; the SNR
/// stands for it.
public struct ClassifierDomain: Codable, Sendable, Equatable {
    /// Periods the training set covers, days.
    public var period: ClosedRange<Double> = 0.102...48.5
    /// Transit durations the training set covers, days.
    public var duration: ClosedRange<Double> = 0.0012...1.00
    /// The highest transit SNR the training set covers.
    public var maximumSNR: Double = 6949
    /// Fewer in-transit cadences than this (all transits together) leave most of the local view's
    /// ~15 in-transit bins empty: the network sees an interpolated transit.
    public var minimumInTransitPoints: Int = 8

    /// The bundled models' domain (the defaults).
    public init() {}

    /// Why a signal lies outside the domain, one phrase each (empty when it lies inside).
    public func reasons(period: Double, duration: Double, snr: Double, inTransitPoints: Int) -> [String] {
        var reasons: [String] = []
        if period > self.period.upperBound {
            reasons.append("period \(f(period, 1)) d is longer than the training set's \(f(self.period.upperBound, 1)) d")
        } else if period < self.period.lowerBound {
            reasons.append("period \(f(period, 3)) d is shorter than the training set's \(f(self.period.lowerBound, 3)) d")
        }
        if duration > self.duration.upperBound {
            reasons.append("duration \(f(duration * 24, 1)) h is longer than the training set's "
                + "\(f(self.duration.upperBound * 24, 1)) h")
        }
        if snr > maximumSNR {
            reasons.append("SNR \(f(snr, 0)) is above the training set's \(f(maximumSNR, 0))")
        }
        if inTransitPoints < minimumInTransitPoints {
            reasons.append("only \(inTransitPoints) in-transit cadences for the local view")
        }
        return reasons
    }

    /// The number of cadences of `time` within half a duration of a transit of `ephemeris`.
    public static func inTransitPoints(time: [Double], ephemeris: Ephemeris) -> Int {
        guard ephemeris.period > 0 else { return 0 }
        return time.reduce(0) { $0 + (ephemeris.isInTransit($1) ? 1 : 0) }
    }

    private func f(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
}
