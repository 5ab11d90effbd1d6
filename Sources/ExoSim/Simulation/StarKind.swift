/// What kind of star a simulation makes, and the training label it carries.
public enum StarKind: String, Sendable, Codable, CaseIterable {
    /// A star with a transiting planet (label PC).
    case planet
    /// An eclipsing binary, possibly diluted to planet-like depths (label EB).
    case eb
    /// A spotted rotator, pulsator or flaring star with no eclipses (label J).
    case variable
    /// A quiet star: granulation and white noise only (label J).
    case quiet
    /// A quiet star whose light curve keeps the spacecraft's systematics (``InstrumentalSystematics``:
    /// ramps, sensitivity dropouts, pointing jumps, scattered light, the K2 roll; label J).
    case instrumental

    /// The label of the TESS vetting set: "PC", "EB" or "J".
    public var label: String {
        switch self {
        case .planet: "PC"
        case .eb: "EB"
        case .variable, .quiet, .instrumental: "J"
        }
    }
}
