import ExoLightCurve
import ExoRandom
import Foundation

/// A mission and cadence as a user meets it, for test and training sets made of simulated stars:
/// Kepler long cadence over 1 to `maxKeplerQuarters` quarters, a K2 campaign, a TESS 2-minute sector
/// and a TESS full-frame sector (30, 10 or 3.3-minute cadence by era).
///
/// ```swift
/// let star = try MissionScenario.keplerLongCadence.star(.ebEqual, seed: 7)
/// star.star.lightCurve; star.expectedSNR; star.kind.label
/// ```
public enum MissionScenario: String, Sendable, Codable, CaseIterable {
    case keplerLongCadence = "Kepler LC"
    case k2 = "K2"
    case tessTwoMinute = "TESS 2-min"
    case tessFullFrame = "TESS FFI"

    /// The mission.
    public var mission: Mission {
        switch self {
        case .keplerLongCadence: .kepler
        case .k2: .k2
        case .tessTwoMinute, .tessFullFrame: .tess
        }
    }

    /// The instrument of one star: the number of Kepler quarters (1 to `maxKeplerQuarters`), the
    /// campaign or the sector is drawn from `generator`.
    public func instrument(maxKeplerQuarters: Int, generator: inout SeededGenerator) -> InstrumentModel {
        switch self {
        case .keplerLongCadence:
            let count = 1 + Int(generator.nextUniform() * Double(max(maxKeplerQuarters, 1)))
            let first = 1 + Int(generator.nextUniform() * Double(max(18 - count, 1)))
            return .keplerQuarters(first: first, count: count)
        case .k2: return .k2Campaign(1 + Int(generator.nextUniform() * 19))
        case .tessTwoMinute: return .tessSector(1 + Int(generator.nextUniform() * 69))
        case .tessFullFrame: return .tessFullFrame(sector: 1 + Int(generator.nextUniform() * 69))
        }
    }

    /// The scenarios named in a comma-separated list by case-insensitive prefix of their names
    /// ("kepler,k2,tess 2,tess f"); empty when none matches.
    public static func named(_ list: String) -> [MissionScenario] {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        return allCases.filter { scenario in names.contains { scenario.rawValue.lowercased().hasPrefix($0) } }
    }

    /// The kinds of star in a test or training set.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A transiting planet, period up to half the baseline, SNR log-uniform in 6-60.
        case planet
        /// A detached binary: circular, unequal eclipses, impact parameter under 0.6.
        case ebDetached = "eb-detached"
        /// A grazing binary: V-shaped eclipses.
        case ebGrazing = "eb-grazing"
        /// An eccentric binary: the secondary away from phase 0.5.
        case ebEccentric = "eb-eccentric"
        /// A binary diluted by a brighter star (80-98% third light) to planet-like depths.
        case ebDiluted = "eb-diluted"
        /// Twin stars: equal eclipses, so a search finds them at half the period.
        case ebEqual = "eb-equal"
        /// A spotted rotator, pulsator or flaring star.
        case variable
        /// Granulation and white noise only.
        case quiet
        /// A quiet star with the spacecraft's systematics left in (ramps, dropouts, jumps, scattered
        /// light, K2 roll).
        case instrumental

        /// The simulator's star kind.
        public var starKind: StarKind {
            switch self {
            case .planet: .planet
            case .variable: .variable
            case .quiet: .quiet
            case .instrumental: .instrumental
            default: .eb
            }
        }

        /// The training label: "PC", "EB" or "J".
        public var label: String { starKind.label }

        /// The kinds named in a comma-separated list ("planet,eb-equal"), in declaration order, and
        /// the names that are no kind.
        public static func named(_ list: String) -> (kinds: [Kind], unknown: [String]) {
            let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return (allCases.filter { names.contains($0.rawValue) }, names.filter { Kind(rawValue: $0) == nil })
        }
    }

    /// One simulated star of a scenario and what a search should find.
    public struct Star: Sendable {
        /// The kind drawn.
        public var kind: Kind
        /// The scenario.
        public var scenario: MissionScenario
        /// The simulated light curve (all cadences, quality flags set) and its truth.
        public var star: SimulatedStar
        /// The SNR of the transit or primary eclipse as a search would see it (0 without one):
        /// depth over the noise averaged over one duration, times √(transits observed).
        public var expectedSNR: Double
        /// The span of the observations, days.
        public var spanDays: Double

        /// The light curve a user would vet: the cadences without quality flags, normalised.
        public var observedLightCurve: LightCurve {
            star.lightCurve.filtered { star.lightCurve.quality[$0] == 0 }.normalized()
        }
    }

    /// The `kind` star of this scenario made from `seed` (Kepler: up to `maxKeplerQuarters` quarters).
    public func star(_ kind: Kind, seed: UInt64, maxKeplerQuarters: Int = 4) throws -> Star {
        var draws = SeededGenerator(seed: seed).split(stream: 0x6D69_7373)
        let instrument = instrument(maxKeplerQuarters: maxKeplerQuarters, generator: &draws)
        let span = instrument.spanDays
        var p = SimulationParameters()
        switch kind {
        case .planet:
            p.period = draws.logUniform(0.5...max(span / 2, 0.6))
        case .ebDetached, .ebGrazing, .ebEccentric, .ebDiluted, .ebEqual:
            p.period = draws.logUniform(0.5...max(min(span / 2, 30), 0.6))
            p.thirdLightFraction = 0
            p.eccentricity = 0
            let k = draws.uniform(0.4...0.9)
            p.radiusRatio = k
            p.impactParameter = draws.uniform(0...0.6)
            let t1 = draws.uniform(4500...7000)
            p.primaryTemperature = t1
            p.secondaryTemperature = draws.uniform(3000...(0.8 * t1))
            switch kind {
            case .ebGrazing: p.impactParameter = draws.uniform((1 - 0.2 * k)...(1 + 0.5 * k))
            case .ebEccentric:
                p.eccentricity = draws.uniform(0.1...0.4)
                p.periastronDegrees = draws.uniform(0...360)
            case .ebDiluted: p.thirdLightFraction = draws.uniform(0.8...0.98)
            case .ebEqual:
                p.radiusRatio = 1
                p.secondaryTemperature = t1
            default: break
            }
        case .variable, .quiet, .instrumental:
            break
        }
        let simulator = { (parameters: SimulationParameters) in
            try StarSimulator(kind: kind.starKind, mission: mission, seed: seed, parameters: parameters,
                              instrument: instrument).simulate()
        }
        var star = try simulator(p)
        if kind == .planet, let e = star.truth.ephemeris {
            // Rescale the depth to an SNR drawn log-uniform in 6-60 (same draws otherwise).
            let wanted = draws.logUniform(6...60)
            let snr = Self.expectedSNR(star)
            if snr > 0 { p.depth = min(max(e.depth * wanted / snr, 2e-5), 0.05) }
            star = try simulator(p)
        }
        return Star(kind: kind, scenario: self, star: star, expectedSNR: Self.expectedSNR(star), spanDays: span)
    }

    /// The SNR a search would see: depth / σ_T × √(transits observed), where σ_T is the robust
    /// scatter of the star's noise (white, granulation, variability) averaged over one transit
    /// duration, measured on the simulated light curve with the signal divided out.
    static func expectedSNR(_ star: SimulatedStar) -> Double {
        guard let e = star.truth.ephemeris, e.period > 0, e.duration > 0 else { return 0 }
        let lc = star.lightCurve
        let good = lc.time.indices.filter { lc.quality[$0] == 0 && lc.flux[$0].isFinite && star.signal[$0] > 0 }
        guard good.count > 10 else { return 0 }
        // Residuals relative to the median of each stretch between gaps (segments have their own offsets).
        var residual: [Double] = [], stretch: [Double] = []
        var previous = lc.time[good[0]]
        func flush() {
            guard !stretch.isEmpty else { return }
            let m = stretch.sorted()[stretch.count / 2]
            residual += stretch.map { $0 / m - 1 }
            stretch = []
        }
        for i in good {
            if lc.time[i] - previous > 0.5 { flush() }
            previous = lc.time[i]
            stretch.append(lc.flux[i] / star.signal[i])
        }
        flush()
        let cadence = lc.metadata.cadenceDays > 0 ? lc.metadata.cadenceDays : 0.02
        let block = max(Int((e.duration / cadence).rounded()), 1)
        var means: [Double] = []
        var start = 0
        while start + block <= residual.count {
            means.append(residual[start..<(start + block)].reduce(0, +) / Double(block))
            start += block
        }
        guard means.count > 4 else { return 0 }
        let centre = means.sorted()[means.count / 2]
        let sigma = 1.4826 * means.map { abs($0 - centre) }.sorted()[means.count / 2]
        // Transits with at least half their cadences observed.
        let first = ((lc.time[good[0]] - e.epoch) / e.period).rounded(.down)
        let last = ((lc.time[good[good.count - 1]] - e.epoch) / e.period).rounded(.up)
        var transits = 0
        var k = first
        let goodTimes = good.map { lc.time[$0] }
        while k <= last {
            let mid = e.epoch + k * e.period
            let lower = goodTimes.partitioningIndex { $0 >= mid - e.duration / 2 }
            let upper = goodTimes.partitioningIndex { $0 > mid + e.duration / 2 }
            if Double(upper - lower) >= 0.5 * e.duration / cadence { transits += 1 }
            k += 1
        }
        return sigma > 0 ? e.depth / sigma * Double(transits).squareRoot() : 0
    }
}

extension Array {
    /// The first index whose element satisfies `predicate` (false before, true after: a sorted array).
    fileprivate func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
