import Foundation

/// A Keplerian orbit seen from Earth, in units of the primary star's radius.
///
/// `epoch` is the time of inferior conjunction (mid-transit); the argument of periastron is that of
/// the companion (ω = 90° puts periastron at transit), the convention of batman and Winn (2010).
public struct KeplerOrbit: Sendable, Codable, Equatable {
    /// Orbital period, days.
    public var period: Double
    /// Time of mid-transit (inferior conjunction), days.
    public var epoch: Double
    /// Semi-major axis over the primary's radius (a/R⋆).
    public var semiMajorAxis: Double
    /// Inclination, degrees (90 = edge-on).
    public var inclinationDegrees: Double
    /// Eccentricity, 0 ≤ e < 1.
    public var eccentricity: Double
    /// Argument of periastron, degrees.
    public var periastronDegrees: Double

    /// An orbit from its elements.
    public init(period: Double, epoch: Double, semiMajorAxis: Double, inclinationDegrees: Double = 90,
                eccentricity: Double = 0, periastronDegrees: Double = 90) {
        self.period = period
        self.epoch = epoch
        self.semiMajorAxis = semiMajorAxis
        self.inclinationDegrees = inclinationDegrees
        self.eccentricity = eccentricity
        self.periastronDegrees = periastronDegrees
    }

    /// An orbit whose inclination gives `impactParameter` (in stellar radii) at conjunction.
    public init(period: Double, epoch: Double, semiMajorAxis: Double, impactParameter: Double,
                eccentricity: Double = 0, periastronDegrees: Double = 90) {
        let w = periastronDegrees * .pi / 180
        let factor = (1 - eccentricity * eccentricity) / (1 + eccentricity * sin(w))
        let cosI = min(impactParameter / (semiMajorAxis * factor), 1)
        self.init(period: period, epoch: epoch, semiMajorAxis: semiMajorAxis,
                  inclinationDegrees: acos(cosI) * 180 / .pi, eccentricity: eccentricity,
                  periastronDegrees: periastronDegrees)
    }

    /// Impact parameter at inferior conjunction, stellar radii.
    public var impactParameter: Double {
        let w = periastronDegrees * .pi / 180
        return semiMajorAxis * cos(inclinationDegrees * .pi / 180)
            * (1 - eccentricity * eccentricity) / (1 + eccentricity * sin(w))
    }

    /// Time of periastron passage, days (the one before `epoch`).
    public var periastronTime: Double {
        let e = eccentricity
        let f = 0.5 * Double.pi - periastronDegrees * .pi / 180
        let bigE = 2 * atan(((1 - e) / (1 + e)).squareRoot() * tan(f / 2))
        let meanAnomaly = bigE - e * sin(bigE)
        return epoch - period * meanAnomaly / (2 * .pi)
    }

    /// Time of the secondary eclipse (superior conjunction) after `epoch`, days.
    ///
    /// Equals `epoch + period/2` for a circular orbit; eccentric orbits shift it by about
    /// `(2P/π) e cos ω` (Winn 2010, eq. 33), computed here exactly.
    public var secondaryEclipseTime: Double {
        let e = eccentricity
        func meanAnomaly(trueAnomaly f: Double) -> Double {
            let bigE = 2 * atan(((1 - e) / (1 + e)).squareRoot() * tan(f / 2))
            return bigE - e * sin(bigE)
        }
        let w = periastronDegrees * .pi / 180
        let primary = meanAnomaly(trueAnomaly: 0.5 * .pi - w)
        let secondary = meanAnomaly(trueAnomaly: 1.5 * .pi - w)
        var delta = (secondary - primary) / (2 * .pi)
        delta -= delta.rounded(.down)
        return epoch + period * delta
    }

    /// Transit duration from first to fourth contact for a companion of radius ratio `k`, days
    /// (Winn 2010, eq. 14 and 16; 0 when there is no transit).
    public func totalDuration(radiusRatio k: Double) -> Double {
        let i = inclinationDegrees * .pi / 180
        let b = impactParameter
        guard (1 + k) * (1 + k) > b * b else { return 0 }
        let arg = ((1 + k) * (1 + k) - b * b).squareRoot() / (semiMajorAxis * sin(i))
        let e = eccentricity, w = periastronDegrees * .pi / 180
        let eccentricFactor = (1 - e * e).squareRoot() / (1 + e * sin(w))
        return period / .pi * asin(min(arg, 1)) * eccentricFactor
    }

    /// Sky-projected separation of the centres, in primary radii, and whether the companion is in
    /// front of the primary at time `t` (days).
    public func position(at t: Double) -> (separation: Double, companionInFront: Bool) {
        let e = eccentricity
        let w = periastronDegrees * .pi / 180
        let meanAnomaly = 2 * .pi * (t - periastronTime) / period
        let f: Double
        if e < 1e-10 {
            f = meanAnomaly
        } else {
            let bigE = Self.eccentricAnomaly(meanAnomaly: meanAnomaly, eccentricity: e)
            f = 2 * atan(((1 + e) / (1 - e)).squareRoot() * tan(bigE / 2))
        }
        let sinI = sin(inclinationDegrees * .pi / 180)
        let s = sin(w + f)
        let radius = semiMajorAxis * (1 - e * e) / (1 + e * cos(f))
        let separation = radius * max(1 - s * s * sinI * sinI, 0).squareRoot()
        return (separation, s * sinI > 0)
    }

    /// Radial distance of the companion, in units of the semi-major axis, and the cosine of the angle
    /// between the line of sight and the line from the primary to the companion (1 at superior conjunction).
    func phaseGeometry(at t: Double) -> (distance: Double, cosViewAngle: Double) {
        let e = eccentricity
        let w = periastronDegrees * .pi / 180
        let meanAnomaly = 2 * .pi * (t - periastronTime) / period
        let f = e < 1e-10 ? meanAnomaly
            : 2 * atan(((1 + e) / (1 - e)).squareRoot() * tan(Self.eccentricAnomaly(meanAnomaly: meanAnomaly, eccentricity: e) / 2))
        let distance = (1 - e * e) / (1 + e * cos(f))
        // The companion is nearest the observer at f + ω = 90° (transit): there the view angle is 180°.
        let cosView = -sin(w + f) * sin(inclinationDegrees * .pi / 180)
        return (distance, cosView)
    }

    /// Solves Kepler's equation `E − e sin E = M` by Newton's method started from a cubic-safe guess,
    /// to 1e-14 rad.
    public static func eccentricAnomaly(meanAnomaly: Double, eccentricity e: Double) -> Double {
        var m = meanAnomaly.truncatingRemainder(dividingBy: 2 * .pi)
        if m < 0 { m += 2 * .pi }
        var bigE = e < 0.8 ? m : .pi
        for _ in 0..<50 {
            let delta = (bigE - e * sin(bigE) - m) / (1 - e * cos(bigE))
            bigE -= delta
            if abs(delta) < 1e-14 { break }
        }
        return bigE
    }
}
