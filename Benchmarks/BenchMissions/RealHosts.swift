import ExoBasics
import ExoLightCurve
import ExoSearch
import ExoSim
import Foundation

/// Real light curves of `../shared/data` as hosts for injected signals (`--real-hosts`): each host's
/// periodic signals and lone transits (found by `TransitSearch`) are cut out (±1 duration), and a simulated star's
/// transit or eclipse model (its multiplicative `signal`, planets and binaries of `MissionScenario`) is
/// multiplied in, the simulated cadence nearest to each real one at the same time since the start.
struct RealHost {
    var name: String
    var lightCurve: LightCurve

    /// The hosts per scenario: Kepler long-cadence quarters, the K2 campaign and the TESS 2-min sectors of
    /// the shared data; none for TESS full-frame images (none shared).
    static func hosts(for scenario: MissionScenario, data: URL) throws -> [RealHost] {
        let files: [(String, String)]
        switch scenario {
        case .keplerLongCadence:
            files = [("Kepler-90 Q3", "fits/kepler/kplr011442793-2009350155506_llc.fits"),
                     ("Kepler-90 Q4", "fits/kepler/kplr011442793-2010009091648_llc.fits"),
                     ("Kepler-90 Q5", "fits/kepler/kplr011442793-2010174085026_llc.fits"),
                     ("Kepler-10 Q4 pixels", "fits/kepler/kplr011904151-2010009091648_lpd-targ.fits")]
        case .k2:
            files = [("K2-3 C1", "fits/k2/hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits")]
        case .tessTwoMinute:
            files = [("TIC 260161111 S7", "fits/quiet/target_s0007_TIC260161111_lc.fits"),
                     ("WASP-126 S1", "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"),
                     ("WASP-100 S1", "fits/tess/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits"),
                     ("WASP-62 S1", "fits/tess/tess2018206045859-s0001-0000000149603524-0120-s_lc.fits")]
        case .tessFullFrame:
            files = []
        }
        return try files.map { name, path in
            let lc = try LightCurveReader.read(contentsOf: data.appendingPathComponent(path)).removingNaNs().normalized()
            return RealHost(name: name, lightCurve: try outOfTransit(lc))
        }
    }

    /// `lc` without the transits (±1 duration) of the periodic signals and the lone transits
    /// `TransitSearch` reports (K2-3 d's two transits, Kepler-90's lone transits of e, f, g and h,
    /// Kepler-10 c's), so that a host alone shows no transit.
    static func outOfTransit(_ lc: LightCurve) throws -> LightCurve {
        let result = try TransitSearch().run(on: lc)
        let masked = KnownSignalMask.masking(lc, signals: result.signals.map {
            SignalEphemeris(period: $0.period, epoch: $0.epoch, duration: $0.duration, depth: $0.depth)
        })
        let lone = result.singleTransits
        return masked.selecting(masked.indices.filter { i in !lone.contains { abs(masked.time[i] - $0.epoch) < $0.duration } })
    }

    /// The host with `star`'s signal multiplied in, the truth's SNR on this host (depth over the host's
    /// white noise, its point-to-point scatter, × √(cadences in transit)) and the number of transits or
    /// primary eclipses with data.
    func injecting(_ star: SimulatedStar) -> (lightCurve: LightCurve, snr: Double, transits: Int) {
        var lc = lightCurve
        // The injected transits belong to the simulated star (0.4-2 solar densities), not to the star whose
        // header density (LOGG, RADIUS) the search would use: searched as a star of unknown density (solar).
        lc.metadata.stellarDensity = nil
        let simTime = star.lightCurve.time
        guard let simStart = simTime.first, let start = lc.time.first else { return (lc, 0, 0) }
        for i in lc.indices {
            let t = lc.time[i] - start + simStart
            var j = simTime.firstIndex(notBelow: t)
            if j == simTime.count || (j > 0 && t - simTime[j - 1] < simTime[j] - t) { j -= 1 }
            lc.flux[i] *= star.signal[j]
        }
        guard let e = star.truth.ephemeris else { return (lc, 0, 0) }
        let shifted = Ephemeris(period: e.period, epoch: e.epoch - simStart + start, duration: e.duration)
        let inTransit = lightCurve.time.filter { shifted.isInTransit($0) }
        let transits = Set(inTransit.map { (($0 - shifted.epoch) / e.period).rounded() }).count
        let differences = zip(lightCurve.flux.dropFirst(), lightCurve.flux).map { $0 - $1 }
        let sigma = RobustStatistics.standardDeviation(differences) / 2.0.squareRoot()
        return (lc, sigma > 0 ? e.depth / sigma * Double(inTransit.count).squareRoot() : 0, transits)
    }
}
