import Foundation

/// Why a simulation, injection or recovery run could not be done.
public enum SimulationError: Error, CustomStringConvertible, Equatable {
    /// A parameter is outside its valid range.
    case invalidParameter(name: String, value: Double, expected: String)
    /// A light curve has too few usable cadences.
    case tooFewCadences(source: String, count: Int)
    /// An output file or directory could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidParameter(name, value, expected):
            "\(name) must be \(expected), got \(value)"
        case let .tooFewCadences(source, count):
            "\(source): needs at least 100 finite cadences to inject into, got \(count)"
        case let .cannotWrite(path, reason):
            "\(path): cannot write (\(reason))"
        }
    }
}
