import ExoBasics
import ExoDetrend
import Foundation

/// One lone dip measured against a local polynomial baseline fitted to the flux around it (the
/// dip itself left out, so the baseline cannot eat it), with the shape measures the vetting uses.
struct LocalTransitFit {
    /// Mid-time and box duration, days.
    var epoch: Double
    var duration: Double
    /// Total duration (first to last contact) of the trapezoid fitted to the dip, days; the box
    /// duration where no trapezoid was fitted. A box matched to a limb-darkened dip is shorter.
    var transitDuration: Double
    /// Fractional depth and its β-scaled error.
    var depth: Double
    var depthError: Double
    /// Depth of the inner half (|t − epoch| < duration/4) and of the outer quarters.
    var innerDepth: Double
    var outerDepth: Double
    /// Depths of the first and second half of the box, and the error of each.
    var firstHalfDepth: Double
    var secondHalfDepth: Double
    var halfDepthError: Double
    /// Change of a straight line fitted through the in-box residuals across the box, and its error.
    var slopeChange: Double
    var slopeChangeError: Double
    /// The level after the dip minus the level before it, relative: the step of a parabola-plus-step
    /// model fitted to the flux on both sides (two transit durations, at most 0.75 d, from each contact).
    /// About 0 for a transit on a smooth baseline; the lasting part of the drop for a sensitivity
    /// dropout or a pointing jump, whose flux does not come back. Nil where a side has fewer than 5
    /// cadences. Its error is the larger of the fit's and the scatter of the same step measured at
    /// ten places on each side of the dip, which holds the star's own variability on that time scale.
    var levelStep: Double?
    var levelStepError: Double
    /// Cadences in the box, and the share of the expected cadences present in the box and in each
    /// flank one duration wide.
    var pointsInBox: Int
    var boxCoverage: Double
    var flankCoverage: Double
    /// Share of the cadences within one duration flagged for the spacecraft's pointing
    /// (``LocalTransitFitter/pointingFlags``).
    var flaggedFraction: Double
    /// Relative change (highest minus lowest over its value at the epoch) of the fitted baseline
    /// across the box and its flanks.
    var baselineChange: Double
    /// Days from the end of the last gap of at least ``LocalTransitFitter/settlingGap`` (or from the
    /// first cadence) to the start of the box; infinity when none lies within
    /// ``LocalTransitFitter/settlingTime`` before it.
    var timeSinceGap: Double

    var snr: Double { depthError > 0 ? depth / depthError : 0 }
}

/// Fits and measures lone dips in a light curve.
struct LocalTransitFitter {
    /// Ascending times, days; flux in any units; quality flags (0 = good).
    let time: [Double]
    let flux: [Double]
    let quality: [Int32]
    /// Quality bits of pointing events that make dips (Kepler and TESS alike): attitude tweak (1), safe
    /// mode (2), coarse point (4), Earth point (8), reaction-wheel desaturation, i.e. momentum dump (32).
    static let pointingFlags: Int32 = 1 | 2 | 4 | 8 | 32
    /// A pause in the data at least this long (days) lets the spacecraft's temperature change: Kepler's
    /// monthly downlinks and safe modes, TESS's orbit gaps; the flux ramps for up to
    /// ``settlingTime`` after it (measured: KOI-608's pixel photometry falls by 1.9% in the 2 days
    /// after a 0.86-day downlink gap).
    static let settlingGap = 0.5
    static let settlingTime = 1.0
    /// The longest stretch of flux (days) on each side of a dip from which its level step is measured:
    /// two durations of a long transit would reach into the star's variability and other gaps.
    static let levelStepSide = 1.0
    /// Points never used for a baseline (other signals' transits).
    var excluded: [Bool]
    /// Relative white scatter per cadence and cadence, days.
    let sigma: Double
    let cadence: Double
    /// Points left out of the fit altogether, box and flanks included (nil: none): the transits of
    /// reported signals deeper than the dip, which would otherwise make a long box's depth.
    var hidden: [Bool]? = nil

    /// The dip near `epoch` found with about `duration`. With `durations` given, the trial duration
    /// (half to twice the current one) and epoch (within half of it) of highest white SNR among the
    /// boxes whose flanks are covered (``flanksCovered(_:epoch:duration:)``), each duration against its own baseline, repeated from the best until it stays (at most
    /// `iterations` times, so a transit the flattening shortened grows back to its length); else the
    /// epoch and duration given. `beta` gives the correlated-noise factor β of a box duration: it
    /// scales the errors, and boxes are compared by their SNR with it (a longer box gathers more red
    /// noise, so white SNR alone would let it grow over a baseline wiggle).
    ///
    /// With `durations` given and `fitsTrapezoid`, the epoch is finally the mid-time of the
    /// best-fitting trapezoid (``trapezoid(epoch:boxDuration:longest:)``, no longer than the longest
    /// of `durations`), whose total duration becomes ``LocalTransitFit/transitDuration``.
    func fit(epoch: Double, duration: Double, beta: (Double) -> Double, durations: [Double]? = nil, iterations: Int = 4,
             fitsTrapezoid: Bool = true) -> LocalTransitFit? {
        var t0 = epoch, d = duration, transitDuration = duration
        // Coverage is judged around the box the refit chose (whose flanks it required covered); the
        // trapezoid's mid-time may move the event by up to half a box, partly into a gap.
        var boxEpoch = epoch
        if let durations {
            for _ in 0..<iterations {
                let (start, length) = (t0, d)
                var best = -Double.infinity
                for trial in durations where trial >= length / 2 && trial <= 2 * length {
                    guard let window = residuals(epoch: start, duration: trial, excludedHalfWidth: trial) else { continue }
                    let noise = beta(trial)
                    for i in -10...10 {
                        let centre = start + Double(i) * trial / 20
                        let (sum, n) = window.boxSum(from: centre - trial / 2, to: centre + trial / 2)
                        guard n >= 3, flanksCovered(window, epoch: centre, duration: trial) else { continue }
                        let score = -sum / Double(n).squareRoot() / noise
                        if score > best { best = score; t0 = centre; d = trial }
                    }
                }
                if abs(t0 - start) < length / 20 && d == length { break }
            }
            // Finer: durations within ±25% and epochs within a quarter duration, a hundredth of it apart.
            let (start, length) = (t0, d)
            var best = -Double.infinity
            for j in 0...10 {
                let trial = length * (0.8 + 0.045 * Double(j))
                guard let window = residuals(epoch: start, duration: trial, excludedHalfWidth: trial) else { continue }
                let noise = beta(trial)
                for i in -25...25 {
                    let centre = start + Double(i) * length / 100
                    let (sum, n) = window.boxSum(from: centre - trial / 2, to: centre + trial / 2)
                    guard n >= 3, flanksCovered(window, epoch: centre, duration: trial) else { continue }
                    let score = -sum / Double(n).squareRoot() / noise
                    if score > best { best = score; t0 = centre; d = trial }
                }
            }
            // Centre: among epochs within a quarter duration whose box keeps 90% of the best SNR, the
            // one whose two halves are deepest alike (a box fit alone drifts along a long shallow dip).
            if let window = residuals(epoch: t0, duration: d, excludedHalfWidth: d) {
                let centre = t0, noise = beta(d)
                var balance = Double.infinity
                for i in -25...25 {
                    let c = centre + Double(i) * d / 100
                    let (sum, n) = window.boxSum(from: c - d / 2, to: c + d / 2)
                    let (firstSum, firstN) = window.boxSum(from: c - d / 2, to: c)
                    guard n >= 3, firstN >= 1, n - firstN >= 1, -sum / Double(n).squareRoot() / noise >= 0.9 * best else { continue }
                    let difference = abs(firstSum / Double(firstN) - (sum - firstSum) / Double(n - firstN))
                    if difference < balance { balance = difference; t0 = c }
                }
            }
            boxEpoch = t0
            if fitsTrapezoid, let shape = trapezoid(epoch: t0, boxDuration: d, longest: durations.last ?? d) {
                t0 = shape.epoch
                transitDuration = shape.duration
            }
        }
        guard let window = residuals(epoch: t0, duration: d, excludedHalfWidth: 0.75 * d) else { return nil }
        return measure(window, epoch: t0, coverageEpoch: boxEpoch, duration: d, transitDuration: transitDuration, beta: beta(d))
    }

    /// Whether both flanks (one `duration` on each side of the box) hold at least
    /// ``SingleTransitVetter/Limits/minimumCoverage`` of their expected cadences: a trial box may not
    /// grow into a gap or past an edge, where the vetting would reject it.
    private func flanksCovered(_ w: Window, epoch: Double, duration: Double) -> Bool {
        let needed = SingleTransitVetter.Limits().minimumCoverage * duration / max(cadence, 1e-6)
        let (_, before) = w.boxSum(from: epoch - 1.5 * duration, to: epoch - duration / 2)
        let (_, after) = w.boxSum(from: epoch + duration / 2, to: epoch + 1.5 * duration)
        return Double(min(before, after)) >= needed
    }

    /// Relative residuals around `epoch` after dividing by a quadratic fitted to the points more than
    /// `excludedHalfWidth` from it (one 3σ-clipped refit), within `excludedHalfWidth + max(1.5 duration, 0.25 d)`.
    func residuals(epoch: Double, duration: Double, excludedHalfWidth: Double) -> Window? {
        let half = excludedHalfWidth + max(1.5 * duration, 0.25)
        let lo = time.firstIndex(notBelow: epoch - half), hi = time.firstIndex(notBelow: epoch + half)
        guard hi - lo >= 10 else { return nil }
        var x: [Double] = [], y: [Double] = [], use: [Bool] = []
        for i in lo..<hi where flux[i].isFinite && !(hidden?[i] ?? false) {
            x.append(time[i] - epoch)
            y.append(flux[i])
            use.append(!excluded[i] && abs(time[i] - epoch) > excludedHalfWidth)
        }
        guard var coefficients = Self.quadratic(x: x, y: y, use: use) else { return nil }
        for _ in 0..<1 {
            let r = x.indices.filter { use[$0] }.map { y[$0] / Self.value(coefficients, x[$0]) - 1 }
            let spread = RobustStatistics.standardDeviation(r)
            guard spread.isFinite, spread > 0 else { break }
            for i in x.indices where use[i] && abs(y[i] / Self.value(coefficients, x[i]) - 1) > 3 * spread { use[i] = false }
            guard let again = Self.quadratic(x: x, y: y, use: use) else { break }
            coefficients = again
        }
        let r = x.indices.map { y[$0] / Self.value(coefficients, x[$0]) - 1 }
        return Window(offset: x, residual: r, epoch: epoch, baseline: coefficients)
    }

    /// The fit of the box of `d` days at `epoch`, its box and flank coverage counted around `coverageEpoch`.
    private func measure(_ w: Window, epoch: Double, coverageEpoch: Double, duration d: Double, transitDuration: Double,
                         beta: Double) -> LocalTransitFit? {
        let (sum, n) = w.boxSum(from: epoch - d / 2, to: epoch + d / 2)
        guard n >= 3 else { return nil }
        let (innerSum, innerN) = w.boxSum(from: epoch - d / 4, to: epoch + d / 4)
        let (firstSum, firstN) = w.boxSum(from: epoch - d / 2, to: epoch)
        let (secondSum, secondN) = w.boxSum(from: epoch, to: epoch + d / 2)
        let depth = -sum / Double(n)
        let error = sigma * beta / Double(n).squareRoot()
        let outerN = n - innerN
        // Straight line through the box's residuals: the change it makes across the box.
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0, m = 0.0
        for i in w.offset.indices where abs(w.offset[i] - (epoch - w.epoch)) < d / 2 {
            let u = w.offset[i] - (epoch - w.epoch)
            sx += u; sy += w.residual[i]; sxx += u * u; sxy += u * w.residual[i]; m += 1
        }
        let det = m * sxx - sx * sx
        let slope = det > 0 ? (m * sxy - sx * sy) / det : 0
        let slopeError = det > 0 ? sigma * beta * (m / det).squareRoot() : .infinity
        let expected = max(d / max(cadence, 1e-6), 1)
        let (_, covered) = w.boxSum(from: coverageEpoch - d / 2, to: coverageEpoch + d / 2)
        let (_, before) = w.boxSum(from: coverageEpoch - 1.5 * d, to: coverageEpoch - d / 2)
        let (_, after) = w.boxSum(from: coverageEpoch + d / 2, to: coverageEpoch + 1.5 * d)
        let step = levelStep(epoch: epoch, transitDuration: max(transitDuration, d))
        let stepError = step.map { max(sigma * beta * $0.errorFactor, levelStepScatter(epoch: epoch, transitDuration: max(transitDuration, d))) }
        let lo = time.firstIndex(notBelow: epoch - d), hi = time.firstIndex(notBelow: epoch + d)
        let flagged = hi > lo ? Double((lo..<hi).filter { quality[$0] & Self.pointingFlags != 0 }.count) / Double(hi - lo) : 0
        // The baseline over the box and flanks: its ends and, when inside, the parabola's vertex.
        let c = w.baseline, centre = epoch - w.epoch
        var samples = [centre - 1.5 * d, centre + 1.5 * d].map { Self.value(c, $0) }
        if c[2] != 0, abs(-c[1] / (2 * c[2]) - centre) < 1.5 * d { samples.append(Self.value(c, -c[1] / (2 * c[2]))) }
        let level = Self.value(c, centre)
        let change = level > 0 ? ((samples.max() ?? level) - (samples.min() ?? level)) / level : 0
        return LocalTransitFit(
            epoch: epoch, duration: d, transitDuration: transitDuration, depth: depth, depthError: error,
            innerDepth: innerN > 0 ? -innerSum / Double(innerN) : depth,
            outerDepth: outerN > 0 ? -(sum - innerSum) / Double(outerN) : depth,
            firstHalfDepth: firstN > 0 ? -firstSum / Double(firstN) : 0,
            secondHalfDepth: secondN > 0 ? -secondSum / Double(secondN) : 0,
            halfDepthError: sigma * beta * (2 / Double(max(n, 2))).squareRoot(),
            slopeChange: slope * d, slopeChangeError: slopeError * d,
            levelStep: step?.step, levelStepError: stepError ?? .infinity,
            pointsInBox: n, boxCoverage: min(1, Double(covered) / expected),
            flankCoverage: min(1, Double(min(before, after)) / expected), flaggedFraction: flagged,
            baselineChange: change, timeSinceGap: timeSinceGap(before: epoch - d / 2))
    }

    /// The relative level after the dip minus before it: the step `s` of the least-squares model
    /// `a + b x + c x² + s·[x > 0]` (x the time from `epoch`) through the flux from each contact to two
    /// durations (at most ``levelStepSide``) beyond it, so that a smooth stellar trend goes into the parabola and only a jump into
    /// `s`; with the factor that turns the per-cadence scatter into its error. Nil where a side holds
    /// fewer than 5 usable cadences.
    private func levelStep(epoch: Double, transitDuration t: Double) -> (step: Double, errorFactor: Double)? {
        var normal = [[Double]](repeating: [Double](repeating: 0, count: 4), count: 4)
        var rhs = [Double](repeating: 0, count: 4)
        var counts = (before: 0, after: 0)
        let reach = t / 2 + min(2 * t, Self.levelStepSide)
        let lo = time.firstIndex(notBelow: epoch - reach), hi = time.firstIndex(notBelow: epoch + reach)
        for i in lo..<hi where flux[i].isFinite && !excluded[i] && !(hidden?[i] ?? false) && abs(time[i] - epoch) > t / 2 {
            let x = (time[i] - epoch) / t
            let basis = [1, x, x * x, x > 0 ? 1.0 : 0]
            if x > 0 { counts.after += 1 } else { counts.before += 1 }
            for r in 0..<4 {
                for c in 0..<4 { normal[r][c] += basis[r] * basis[c] }
                rhs[r] += basis[r] * flux[i]
            }
        }
        guard counts.before >= 5, counts.after >= 5,
              let coefficients = Self.solve(normal, rhs), let unit = Self.solve(normal, [0, 0, 0, 1]) else { return nil }
        let level = coefficients[0] + coefficients[3] / 2
        guard level > 0, unit[3] > 0 else { return nil }
        return (coefficients[3] / level, unit[3].squareRoot() / level)
    }

    /// The robust spread (1.4826 MAD) of ``levelStep(epoch:transitDuration:)`` at ten epochs on each
    /// side of `epoch`, six durations apart (away from the dip): how large a step the star's
    /// variability and the noise make on their own at that duration; 0 with fewer than 5 measured.
    private func levelStepScatter(epoch: Double, transitDuration t: Double) -> Double {
        let steps = (1...10).flatMap { k in [-1.0, 1.0].compactMap { levelStep(epoch: epoch + $0 * Double(k) * 6 * t, transitDuration: t)?.step } }
        guard steps.count >= 5 else { return 0 }
        return RobustStatistics.standardDeviation(steps)
    }

    /// The solution of the small linear system `a x = b` (Gaussian elimination with partial pivoting);
    /// nil when `a` is singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var m = zip(a, b).map { $0 + [$1] }
        let n = b.count
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(m[$0][col]) < abs(m[$1][col]) }), abs(m[pivot][col]) > 1e-300 else { return nil }
            m.swapAt(col, pivot)
            for r in 0..<n where r != col {
                let f = m[r][col] / m[col][col]
                for c in col...n { m[r][c] -= f * m[col][c] }
            }
        }
        return (0..<n).map { m[$0][n] / m[$0][$0] }
    }

    /// Days from the end of the last gap of at least ``settlingGap`` (or from the first cadence) to
    /// `start`, looking back ``settlingTime``; infinity when there is none.
    private func timeSinceGap(before start: Double) -> Double {
        let first = time.firstIndex(notBelow: start - Self.settlingTime), last = time.firstIndex(notBelow: start)
        guard first < last else { return .infinity }
        for i in stride(from: last - 1, through: max(first, 1), by: -1) where time[i] - time[i - 1] >= Self.settlingGap {
            return start - time[i]
        }
        return first == 0 ? start - time[0] : .infinity
    }

    /// Least-squares `a + b x + c x²` through the used points (a line when fewer than 8, nil when fewer than 3).
    static func quadratic(x: [Double], y: [Double], use: [Bool]) -> [Double]? {
        let idx = x.indices.filter { use[$0] && y[$0].isFinite }
        guard idx.count >= 3 else { return nil }
        let order = idx.count >= 8 ? 3 : 2
        var a = [[Double]](repeating: [Double](repeating: 0, count: order + 1), count: order)
        for i in idx {
            var powers = [1.0]
            for _ in 1..<order { powers.append(powers.last! * x[i]) }
            for r in 0..<order {
                for c in 0..<order { a[r][c] += powers[r] * powers[c] }
                a[r][order] += powers[r] * y[i]
            }
        }
        guard var result = solve(a.map { Array($0[0..<order]) }, a.map { $0[order] }) else { return nil }
        while result.count < 3 { result.append(0) }
        return result
    }

    static func value(_ c: [Double], _ x: Double) -> Double { c[0] + x * (c[1] + x * c[2]) }

    /// Residuals around a trial epoch: offsets from it and relative residuals.
    struct Window {
        var offset: [Double]
        var residual: [Double]
        var epoch: Double
        /// The quadratic baseline the residuals are relative to, in offsets from `epoch`.
        var baseline: [Double]

        /// Sum and count of the residuals with absolute times in [from, to).
        func boxSum(from: Double, to: Double) -> (Double, Int) {
            var sum = 0.0, n = 0
            for i in offset.indices {
                let t = offset[i] + epoch
                if t >= from && t < to { sum += residual[i]; n += 1 }
            }
            return (sum, n)
        }
    }
}
