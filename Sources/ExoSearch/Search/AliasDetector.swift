/// Recognises a harmonic or alias of an earlier signal: a period near `p/q` times the earlier
/// one (small integers) whose transits fall on the earlier signal's transits.
struct AliasDetector {
    /// Largest numerator and denominator tried.
    var maxOrder = 5
    /// Relative tolerance on the period ratio.
    var ratioTolerance = 2e-3

    /// True when (`period`, `epoch`) is an alias of (`earlierPeriod`, `earlierEpoch`).
    func isAlias(period: Double, epoch: Double, duration: Double,
                 of earlierPeriod: Double, earlierEpoch: Double, earlierDuration: Double) -> Bool {
        let ratio = period / earlierPeriod
        let window = max(duration, earlierDuration)
        for q in 1...maxOrder {
            for p in 1...maxOrder where gcd(p, q) == 1 {
                let target = Double(p) / Double(q)
                guard abs(ratio - target) <= ratioTolerance * target else { continue }
                // Some transit of the new signal (within one common period) lands on an old one.
                for j in 0..<max(q, 1) {
                    let t = epoch + Double(j) * period
                    let k = ((t - earlierEpoch) / earlierPeriod).rounded()
                    if abs(t - earlierEpoch - k * earlierPeriod) < window { return true }
                }
            }
        }
        return false
    }

    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
