import ExoBasics
import Foundation

extension LocalTransitFitter {
    /// A symmetric trapezoid: mid-time, total duration (first to last contact) and the duration
    /// of ingress (equal to egress), days, and the fractional depth of its flat bottom.
    struct Trapezoid {
        var epoch: Double
        var duration: Double
        var ingress: Double
        var depth: Double
    }

    /// The least-squares trapezoid through the residuals around a dip found with a box of
    /// `boxDuration` days at `epoch`: total durations 0.8 to 2.2 times the box but not beyond
    /// `longest` days (the search's longest trial duration; 16 steps, equal ratios apart), ingress 4% to 50% of it (50%: V-shaped), mid-times within half the box
    /// of `epoch` a hundredth of the box apart; the depth of each is linear and solved exactly.
    /// The baseline (``residuals(epoch:duration:excludedHalfWidth:)``) leaves out the longest
    /// trial, so it cannot eat the dip.
    ///
    /// A box matched to a limb-darkened transit is shorter than the transit and slides along its
    /// bottom (the box SNR barely changes); the trapezoid's edges fix the mid-time. Nil when no
    /// trial makes a dip.
    ///
    /// - Complexity: O(6,464 × cadences in the longest trial).
    func trapezoid(epoch: Double, boxDuration d: Double, longest limit: Double) -> Trapezoid? {
        let longest = max(0.8 * d, min(2.2 * d, limit))
        guard d > 0, let window = residuals(epoch: epoch, duration: d, excludedHalfWidth: 0.55 * longest) else { return nil }
        let offsets = window.offset, r = window.residual
        var best: Trapezoid?, bestScore = 0.0
        for step in 0..<16 {
            let total = 0.8 * d * pow(longest / (0.8 * d), Double(step) / 15)
            for share in [0.04, 0.12, 0.25, 0.5] {
                let ingress = share * total
                for i in -50...50 {
                    let centre = Double(i) * d / 100
                    var product = 0.0, norm = 0.0
                    for k in offsets.firstIndex(notBelow: centre - total / 2)..<offsets.firstIndex(notBelow: centre + total / 2) {
                        let s = min(1, (total / 2 - abs(offsets[k] - centre)) / ingress)
                        product += r[k] * s
                        norm += s * s
                    }
                    guard norm > 0, product < 0 else { continue }
                    let score = product * product / norm
                    if score > bestScore {
                        bestScore = score
                        best = Trapezoid(epoch: window.epoch + centre, duration: total, ingress: ingress, depth: -product / norm)
                    }
                }
            }
        }
        return best
    }
}
