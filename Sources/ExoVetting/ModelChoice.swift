import ExoClassifier
import Foundation

/// Which classifier a vetting run uses.
public enum ModelChoice: Codable, Sendable, Equatable {
    /// The default model shipped with Exoscope.
    case bundled
    /// The original hobby project's picture model (folded curve drawn as a 32×32 image), for comparison.
    case seed
    /// A model file (safetensors with Exoscope's header), by path.
    case file(path: String)

    /// Parses a command-line value: `seed`, `default`/`bundled`, or a file path.
    public init(argument: String) {
        switch argument.lowercased() {
        case "seed": self = .seed
        case "default", "bundled", "astronet": self = .bundled
        default: self = .file(path: argument)
        }
    }

    /// The model this choice names.
    public func load() throws -> VettingModel {
        switch self {
        case .bundled: try VettingModel.default
        case .seed: try VettingModel.seed
        case .file(let path): try VettingModel.read(contentsOf: URL(fileURLWithPath: path))
        }
    }

    /// A short description for reports, e.g. "bundled default model".
    public var summary: String {
        switch self {
        case .bundled: "bundled default model"
        case .seed: "seed picture model"
        case .file(let path): "model file \(path)"
        }
    }
}
