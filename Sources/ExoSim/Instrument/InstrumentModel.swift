import ExoLightCurve
import Foundation

/// When and how a mission observes: the time grid of one quarter, campaign or sector, its gaps,
/// the events it flags, segment offsets and the white noise.
///
/// Start times are approximate (within a few days of the real segments): Kepler quarter q starts at
/// BKJD 260.2 + 91.5 (q − 3), K2 campaign c at BKJD 1940 + 80 c, TESS sector s at BTJD 1325.3 + 27.4 (s − 1).
public struct InstrumentModel: Sendable, Codable, Equatable {
    /// The mission.
    public var mission: Mission
    /// Quarter, campaign or sector.
    public var segment: Int
    /// Time of the first cadence, days in the mission's time system (BKJD or BTJD).
    public var startTime: Double
    /// Length of the segment, days.
    public var spanDays: Double
    /// Time between cadences, days.
    public var cadenceDays: Double
    /// How the model flux is averaged over a cadence.
    public var exposure: ExposureIntegration
    /// Data gaps (downlinks), days from `startTime`.
    public var gaps: [ClosedRange<Double>]
    /// Interval between flagged spacecraft events (reaction-wheel desaturations, momentum dumps or
    /// K2 thruster firings), days; 0 for none.
    public var eventInterval: Double
    /// The quality bit those events set (Kepler/TESS 32 "desaturation", K2 1048576 "thruster firing").
    public var eventQualityFlag: Int32
    /// Standard deviation of the multiplicative flux offset between segments separated by a gap.
    public var segmentOffsetSigma: Double
    /// The white-noise model.
    public var noise: PhotometricNoiseModel
    /// The magnitude used when none is given (Kp for Kepler/K2, T for TESS).
    public var defaultMagnitude: Double

    /// Kepler long cadence, quarter `quarter`: 89 days, 29.4244-min cadence, monthly downlink gaps of
    /// one day, a reaction-wheel desaturation every 3 days.
    public static func keplerQuarter(_ quarter: Int) -> InstrumentModel {
        InstrumentModel(mission: .kepler, segment: quarter, startTime: 260.2 + 91.5 * Double(quarter - 3), spanDays: 89,
                        cadenceDays: 0.020_433_6, exposure: .keplerLongCadence, gaps: [29.5...30.5, 59.5...60.5],
                        eventInterval: 3.0, eventQualityFlag: 32, segmentOffsetSigma: 2e-4,
                        noise: .keplerLongCadence, defaultMagnitude: 12)
    }

    /// K2 long cadence, campaign `campaign`: 80 days, thruster firings every 6 hours.
    public static func k2Campaign(_ campaign: Int) -> InstrumentModel {
        InstrumentModel(mission: .k2, segment: campaign, startTime: 1940 + 80 * Double(campaign), spanDays: 80,
                        cadenceDays: 0.020_433_6, exposure: .keplerLongCadence, gaps: [],
                        eventInterval: 0.2452, eventQualityFlag: 1_048_576, segmentOffsetSigma: 0,
                        noise: .keplerLongCadence, defaultMagnitude: 12)
    }

    /// TESS 2-minute cadence, sector `sector`: two 13-day orbits with a one-day downlink gap between
    /// them, a momentum dump every 3.125 days.
    public static func tessSector(_ sector: Int) -> InstrumentModel {
        InstrumentModel(mission: .tess, segment: sector, startTime: 1325.3 + 27.4 * Double(sector - 1), spanDays: 27,
                        cadenceDays: 2.0 / 1440, exposure: .tessTwoMinute, gaps: [13.0...14.0],
                        eventInterval: 3.125, eventQualityFlag: 32, segmentOffsetSigma: 2e-4,
                        noise: .tessTwoMinute, defaultMagnitude: 10)
    }

    /// Kepler long cadence over `count` consecutive quarters from `first`: each quarter as in
    /// ``keplerQuarter(_:)`` (monthly downlink gaps), separated by 2.5-day gaps with their own flux offsets.
    public static func keplerQuarters(first: Int, count: Int) -> InstrumentModel {
        var model = keplerQuarter(first)
        let quarters = max(count, 1)
        model.spanDays = 91.5 * Double(quarters) - 2.5
        model.gaps = (0..<quarters).flatMap { q -> [ClosedRange<Double>] in
            let start = 91.5 * Double(q)
            let monthly = [(start + 29.5)...(start + 30.5), (start + 59.5)...(start + 60.5)]
            return q + 1 < quarters ? monthly + [(start + 89)...(start + 91.5)] : monthly
        }
        return model
    }

    /// TESS full-frame-image photometry of sector `sector` at the cadence of its era (30 min in
    /// sectors 1-26, 10 min in 27-55, 200 s from 56): the 2-minute noise model with the exposure
    /// scaled, fainter default stars (T = 11.5) and a doubled noise floor (crowding, background).
    public static func tessFullFrame(sector: Int) -> InstrumentModel {
        var model = tessSector(sector)
        let minutes = sector <= 26 ? 30.0 : sector <= 55 ? 10.0 : 200.0 / 60
        model.cadenceDays = minutes / 1440
        model.exposure = ExposureIntegration(exposureDays: minutes / 1440, samples: max(Int(minutes / 2), 1))
        model.noise.integrationSeconds *= minutes / 2
        model.noise.readsPerCadence *= minutes / 2
        model.noise.floor *= 2
        model.defaultMagnitude = 11.5
        return model
    }

    /// The standard instrument of `mission` for `segment` (quarter 3, campaign 5, sector 1 when nil).
    public static func standard(for mission: Mission, segment: Int? = nil) -> InstrumentModel {
        switch mission {
        case .kepler, .unknown: keplerQuarter(segment ?? 3)
        case .k2: k2Campaign(segment ?? 5)
        case .tess: tessSector(segment ?? 1)
        }
    }

    /// The cadences observed: times (mid-exposure, days), cadence numbers, the index of the
    /// gap-separated segment each belongs to, and the quality flags of spacecraft events.
    public func cadences() -> (times: [Double], cadenceNumbers: [Int32], segments: [Int], quality: [Int32]) {
        let count = Int((spanDays / cadenceDays).rounded(.down))
        let firstCadence = Int32(1000 + segment * 5000)
        var times: [Double] = [], numbers: [Int32] = [], segments: [Int] = [], quality: [Int32] = []
        times.reserveCapacity(count)
        var nextEvent = eventInterval > 0 ? eventInterval / 2 : .infinity
        for i in 0..<count {
            let offset = Double(i) * cadenceDays
            if gaps.contains(where: { $0.contains(offset) }) { continue }
            var flag: Int32 = 0
            if offset >= nextEvent {
                flag = eventQualityFlag
                while nextEvent <= offset { nextEvent += eventInterval }
            }
            times.append(startTime + offset)
            numbers.append(firstCadence + Int32(i))
            segments.append(gaps.filter { $0.upperBound < offset }.count)
            quality.append(flag)
        }
        return (times, numbers, segments, quality)
    }
}
