import Foundation

/// Everything that can go wrong while reading datasets, building features or loading models.
///
/// Each case names the file (or the record within it) and the problem, so a message alone tells a
/// user what to fix.
public enum ClassifierError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file could not be read or written at all.
    case unreadableFile(path: String, reason: String)
    /// A TFRecord frame is damaged: truncated, or a length or data checksum does not match.
    case damagedRecord(path: String, index: Int, reason: String)
    /// A record's bytes are not a valid `tf.train.Example`.
    case malformedExample(path: String, index: Int, reason: String)
    /// A record lacks a feature the dataset needs.
    case missingFeature(path: String, index: Int, feature: String)
    /// A feature has the wrong type or number of values.
    case badFeature(path: String, index: Int, feature: String, reason: String)
    /// A model file is missing, damaged or of an unknown kind.
    case badModel(path: String, reason: String)
    /// An argument is out of its allowed range.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            "\(path): cannot be read: \(reason)"
        case let .damagedRecord(path, index, reason):
            "\(path): record \(index) is damaged: \(reason)"
        case let .malformedExample(path, index, reason):
            "\(path): record \(index) is not a tf.train.Example: \(reason)"
        case let .missingFeature(path, index, feature):
            "\(path): record \(index) has no feature '\(feature)'"
        case let .badFeature(path, index, feature, reason):
            "\(path): record \(index), feature '\(feature)': \(reason)"
        case let .badModel(path, reason):
            "\(path): not a usable model: \(reason)"
        case let .invalidArgument(text):
            text
        }
    }
}

extension ClassifierError: LocalizedError {
    public var errorDescription: String? { description }
}
