import Foundation

/// Why a model file could not be written or read. Every message names the file.
public enum ModelFileError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The file could not be read or written at all.
    case unreadable(path: String, reason: String)
    /// The file ends before the header or the tensor data it announces.
    case truncated(path: String, detail: String)
    /// The header is not the JSON a safetensors file holds, or lacks a required field.
    case malformedHeader(path: String, detail: String)
    /// The file was written by a format version this build does not read.
    case unsupportedVersion(path: String, found: String, supported: Int)
    /// The tensor data does not match its stored checksum (damaged bytes).
    case checksumMismatch(path: String, stored: String, computed: String)
    /// A tensor has a dtype other than `F32`.
    case unsupportedDType(path: String, tensor: String, dtype: String)
    /// The stored architecture cannot be decoded.
    case invalidArchitecture(path: String, detail: String)
    /// A parameter of the model is absent from the file.
    case missingTensor(path: String, name: String)
    /// The file holds a tensor the model has no parameter for.
    case unexpectedTensor(path: String, name: String)
    /// A stored tensor's shape differs from the model's parameter.
    case shapeMismatch(path: String, name: String, expected: [Int], found: [Int])

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot access model file: \(reason)"
        case let .truncated(path, detail): return "\(path): model file is truncated: \(detail)"
        case let .malformedHeader(path, detail): return "\(path): malformed safetensors header: \(detail)"
        case let .unsupportedVersion(path, found, supported):
            return "\(path): model format version must be \(supported), got \(found)"
        case let .checksumMismatch(path, stored, computed):
            return "\(path): tensor data is damaged: CRC32 is \(computed), header says \(stored)"
        case let .unsupportedDType(path, tensor, dtype):
            return "\(path): tensor '\(tensor)' must have dtype F32, got \(dtype)"
        case let .invalidArchitecture(path, detail): return "\(path): cannot decode the model architecture: \(detail)"
        case let .missingTensor(path, name): return "\(path): tensor '\(name)' is missing"
        case let .unexpectedTensor(path, name): return "\(path): tensor '\(name)' does not belong to the model"
        case let .shapeMismatch(path, name, expected, found):
            return "\(path): tensor '\(name)' must have shape \(expected), got \(found)"
        }
    }

    public var errorDescription: String? { description }
}
