import ArgumentParser
import Exoscope

/// The physical parameters of `exoscope simulate`; any left out is drawn from the seed.
struct SimulationOptions: ParsableArguments {
    @Option(help: "Quarter (Kepler), campaign (K2) or sector (TESS).")
    var segment: Int?
    @Option(help: "Magnitude in the mission band (Kp or T).")
    var magnitude: Double?
    @Option(help: "Orbital period, days.")
    var period: Double?
    @Option(help: "Mid-transit (primary eclipse) time, days in the mission's system (BKJD/BTJD).")
    var epoch: Double?
    @Option(help: "Transit depth, fractional (planets).")
    var depth: Double?
    @Option(name: .customLong("radius-ratio"), help: "Companion/primary radius ratio.")
    var radiusRatio: Double?
    @Option(help: "Impact parameter, primary radii.")
    var impact: Double?
    @Option(help: "Orbital eccentricity.")
    var eccentricity: Double?
    @Option(help: "Argument of periastron, degrees.")
    var omega: Double?
    @Option(help: "Primary's mean density, solar units.")
    var density: Double?
    @Option(name: .customLong("teff1"), help: "Primary temperature, K (binaries).")
    var primaryTemperature: Double?
    @Option(name: .customLong("teff2"), help: "Secondary temperature, K (binaries).")
    var secondaryTemperature: Double?
    @Option(name: .customLong("third-light"), help: "Fraction of the flux from a diluting third star (binaries).")
    var thirdLight: Double?
    @Option(help: "Rotation period, days (variable stars).")
    var rotation: Double?
    @Option(name: .customLong("spot-amplitude"), help: "Spot semi-amplitude, fractional (variable stars).")
    var spotAmplitude: Double?
    @Flag(name: .customLong("noiseless"), help: "Leave out the noise, granulation and instrumental offsets.")
    var noiseless = false

    /// The parameters for ``StarSimulator``.
    var parameters: SimulationParameters {
        SimulationParameters(segment: segment, magnitude: magnitude, period: period, epoch: epoch,
                             radiusRatio: radiusRatio, depth: depth, impactParameter: impact,
                             eccentricity: eccentricity, periastronDegrees: omega, stellarDensity: density,
                             primaryTemperature: primaryTemperature, secondaryTemperature: secondaryTemperature,
                             thirdLightFraction: thirdLight, rotationPeriod: rotation, spotAmplitude: spotAmplitude,
                             addNoise: !noiseless)
    }
}

extension StarKind: ExpressibleByArgument {}
