import Foundation

/// A position on the sky, degrees (ICRS).
public struct SkyPosition: Sendable, Hashable, Codable {
    /// Right ascension, degrees.
    public var rightAscension: Double
    /// Declination, degrees.
    public var declination: Double
    /// The name the resolver gave the object.
    public var canonicalName: String

    public init(rightAscension: Double, declination: Double, canonicalName: String = "") {
        self.rightAscension = rightAscension
        self.declination = declination
        self.canonicalName = canonicalName
    }

    /// Small-angle distance to another position, degrees (good to a few percent below a degree).
    public func distance(toRA ra: Double, dec: Double) -> Double {
        let cosDec = cos(declination * .pi / 180)
        var dRA = (ra - rightAscension).truncatingRemainder(dividingBy: 360)
        if dRA > 180 { dRA -= 360 }
        if dRA < -180 { dRA += 360 }
        let x = dRA * cosDec, y = dec - declination
        return (x * x + y * y).squareRoot()
    }
}
