import ExoBasics
import ExoDiagnostics
import Foundation

/// Judges one lone dip from its local fit: systematics are rejected (data gaps and edges, clusters
/// of flagged cadences, ramps, asymmetric dips, steps); the rest get a verdict with reasons and flags, a
/// period estimate from the duration and a lower limit from the coverage.
struct SingleTransitVetter {
    /// Limits of the checks.
    struct Limits {
        /// Least share of the expected cadences in the box and in each flank.
        var minimumCoverage = DiagnosticThresholds().minimumFlankCoverage
        /// Most share of cadences flagged for pointing events (momentum dumps, attitude tweaks) within one duration.
        var maximumFlaggedFraction = 0.1
        /// Halves, ramp or levels before and after differing by more than this share of the depth, and
        /// this many sigma, are systematics.
        var asymmetryFraction = 0.5
        var asymmetrySigma = 4.0
        /// A dip starting within ``LocalTransitFitter/settlingTime`` after a data gap whose baseline
        /// changes by more than this many depths across the box and flanks sits on the ramp of the
        /// spacecraft settling, which a local parabola does not follow.
        var settlingRampDepths = 5.0
        /// Outer over inner depth below this (inner depth significant) is V-shaped.
        var vShapeRatio = 0.5
        var shapeSignificance = 7.0
        /// Deeper than this is a stellar companion; V-shaped and deeper than `vShapedBinaryDepth` too.
        var binaryDepth = 0.1
        var vShapedBinaryDepth = 0.02
        /// Longer than a circular orbit of this period would give (days): not a transit.
        var longestPlausiblePeriod = PhysicalConstants.daysPerJulianYear * 100
        /// Two transits agree in depth when they differ by at most this many sigma (their errors
        /// include β) or this share of the deeper one: a box fitted to each limb-darkened transit on
        /// its own moves its depth by 10-20% with the duration it settles on, which the errors do
        /// not hold. 5σ as for odd and even depths (``DiagnosticThresholds``).
        var agreementSigma = 5.0
        var agreementFraction = 0.2
        /// Two transits agree in duration within this factor (single-transit durations are noisy).
        var agreementDurationRatio = 2.0
    }

    var limits = Limits()
    let stellarDensity: Double

    /// Why the dip is a systematic and not reported, or nil when it is transit-like enough to judge.
    func systematic(_ fit: LocalTransitFit) -> String? {
        if fit.boxCoverage < limits.minimumCoverage || fit.flankCoverage < limits.minimumCoverage {
            return "at a data gap or edge (box \(Int(fit.boxCoverage * 100))%, flanks \(Int(fit.flankCoverage * 100))% covered)"
        }
        if fit.flaggedFraction > limits.maximumFlaggedFraction {
            return "at a momentum dump or pointing event (\(Int(fit.flaggedFraction * 100))% of the cadences within one duration flagged)"
        }
        let halves = abs(fit.firstHalfDepth - fit.secondHalfDepth)
        if halves > limits.asymmetryFraction * fit.depth, halves > limits.asymmetrySigma * fit.halfDepthError * 2.0.squareRoot() {
            return "asymmetric (halves \(ppm(fit.firstHalfDepth)) and \(ppm(fit.secondHalfDepth)) ppm)"
        }
        if abs(fit.slopeChange) > limits.asymmetryFraction * fit.depth * 2,
           abs(fit.slopeChange) > limits.asymmetrySigma * fit.slopeChangeError {
            return "ramp-like (the flux changes by \(ppm(abs(fit.slopeChange))) ppm across the dip)"
        }
        if let step = fit.levelStep, abs(step) > limits.asymmetryFraction * fit.depth,
           abs(step) > limits.asymmetrySigma * fit.levelStepError {
            return "step-like (the flux after the dip is \(ppm(abs(step))) ppm \(step < 0 ? "below" : "above") its level "
                + "before: a sensitivity dropout or pointing jump)"
        }
        if fit.timeSinceGap < LocalTransitFitter.settlingTime, fit.baselineChange > limits.settlingRampDepths * fit.depth {
            return String(format: "on a ramp %.2f d after a data gap (the baseline changes by %d ppm, %.0f times the depth)",
                          fit.timeSinceGap, ppm(fit.baselineChange), fit.baselineChange / max(fit.depth, 1e-12))
        }
        return nil
    }

    /// The event with its verdict; `coverage` gives the period lower limit.
    func judge(_ fit: LocalTransitFit, coverage: PeriodCoverage) -> SingleTransit {
        var flags: [DiagnosticFlag] = [], reasons: [String] = []
        var verdict = "planet-candidate"
        let estimate = Self.circularPeriod(duration: fit.transitDuration, stellarDensity: stellarDensity)
        let lower = coverage.lowerLimit(epoch: fit.epoch, duration: fit.transitDuration)
        let vShaped = fit.innerDepth / fit.depthError * 2.0.squareRoot() >= limits.shapeSignificance
            && fit.outerDepth / max(fit.innerDepth, 1e-12) < limits.vShapeRatio
        if vShaped { flags.append(.vShaped) }
        if fit.depth > limits.binaryDepth {
            flags.append(.tooDeep)
            verdict = "eclipsing-binary"
            reasons.append("depth \(ppm(fit.depth)) ppm is too deep for a planet")
        } else if vShaped && fit.depth > limits.vShapedBinaryDepth {
            verdict = "eclipsing-binary"
            reasons.append("V-shaped and \(ppm(fit.depth)) ppm deep: an eclipse, not a transit")
        }
        if estimate > limits.longestPlausiblePeriod {
            flags.append(.durationTooLong)
            if verdict == "planet-candidate" { verdict = "not-transit-like" }
            reasons.append(String(format: "%.2f-day duration needs a %.0f-year circular orbit", fit.transitDuration, estimate / 365.25))
        }
        if estimate < lower { flags.append(.shortForPeriodLimit) }
        if verdict == "planet-candidate" {
            reasons.append(String(format: "lone %@ transit, %.0f ppm deep (SNR %.1f), %.1f h: period ≥ %.1f d from coverage, about %.0f d for a central transit (stellar density %.2g solar)",
                                  vShaped ? "V-shaped" : "U-shaped", fit.depth * 1e6, fit.snr, fit.transitDuration * 24, lower, estimate,
                                  stellarDensity))
        }
        if vShaped && verdict == "planet-candidate" { reasons.append("V-shaped: grazing planet or diluted eclipse") }
        if estimate < lower {
            reasons.append(String(format: "duration is short for the %.1f-day period limit: grazing or eccentric", lower))
        }
        return SingleTransit(epoch: fit.epoch, duration: fit.transitDuration, depth: fit.depth, depthError: fit.depthError,
                             snr: fit.snr, verdict: verdict, reasons: reasons, flags: flags,
                             periodLowerLimit: lower, periodEstimate: estimate)
    }

    /// Whether two measured transits agree within their errors: depths within 5σ or 20%, durations
    /// within a factor 2, the same shape class (``Limits``).
    func agree(_ a: LocalTransitFit, _ b: LocalTransitFit) -> Bool {
        let depthError = (a.depthError * a.depthError + b.depthError * b.depthError).squareRoot()
        let difference = abs(a.depth - b.depth)
        guard difference <= limits.agreementSigma * depthError || difference <= limits.agreementFraction * max(a.depth, b.depth)
        else { return false }
        let ratio = max(a.transitDuration, b.transitDuration) / max(min(a.transitDuration, b.transitDuration), 1e-9)
        guard ratio <= limits.agreementDurationRatio else { return false }
        let (shapeA, shapeB) = (Self.shape(a), Self.shape(b))
        let vA = shapeA.ratio < limits.vShapeRatio
        let vB = shapeB.ratio < limits.vShapeRatio
        let significant = min(a.snr, b.snr) >= limits.shapeSignificance
        // A few-cadence transit (30-minute full-frame images) scatters across the V/U line: the
        // classes differ only when the two ratios do, by 3σ.
        let shapesDiffer = abs(shapeA.ratio - shapeB.ratio) > 3 * (shapeA.error * shapeA.error + shapeB.error * shapeB.error).squareRoot()
        return !(significant && vA != vB && shapesDiffer)
    }

    /// Outer over inner depth (1 for a box, ~1/3 for a V) and its error: each half of the box
    /// holds half the cadences, so each depth's error is √2 times the box depth's.
    static func shape(_ fit: LocalTransitFit) -> (ratio: Double, error: Double) {
        let inner = max(fit.innerDepth, 1e-12)
        let ratio = fit.outerDepth / inner
        return (ratio, 2.0.squareRoot() * fit.depthError / inner * (1 + ratio * ratio).squareRoot())
    }

    /// The period (days) of a central transit of `duration` days on a circular orbit around a star
    /// of `stellarDensity` (solar units): `T = P / (π a/R⋆)` with `a/R⋆ = (G ρ P² / 3π)^(1/3)`.
    static func circularPeriod(duration: Double, stellarDensity: Double) -> Double {
        let rho = max(stellarDensity, 1e-6) * PhysicalConstants.solarDensity
        let seconds = duration * PhysicalConstants.secondsPerDay
        // T³ = P³ / (π³ G ρ P² / 3π) = 3 P / (π² G ρ)  →  P = π² G ρ T³ / 3.
        return Double.pi * Double.pi * PhysicalConstants.gravitationalConstant * rho * seconds * seconds * seconds / 3
            / PhysicalConstants.secondsPerDay
    }

    private func ppm(_ x: Double) -> Int { Int((x * 1e6).rounded()) }
}
