import Foundation
import SwiftProtobuf

/// A `tf.train.Example`: named features, each a list of bytes, floats or integers.
///
/// Encoded and decoded with the swift-protobuf runtime and the code generated from
/// `Protos/tensorflow/*.proto` (`scripts/generate-protos.sh`). Encoding is deterministic (map
/// keys sorted), so the same example always gives the same bytes.
public struct TFExample: Equatable, Sendable {
    /// The features by name.
    public var features: [String: TFFeature]

    /// An example with `features`.
    public init(features: [String: TFFeature] = [:]) {
        self.features = features
    }

    /// Accesses the feature called `name`.
    public subscript(name: String) -> TFFeature? {
        get { features[name] }
        set { features[name] = newValue }
    }

    /// Decodes the serialized `tf.train.Example` in `data`.
    ///
    /// - Throws: swift-protobuf's `BinaryDecodingError` when the bytes are not a valid message.
    public init(serialized data: Data) throws {
        let message = try Tensorflow_Example(serializedBytes: data)
        var features: [String: TFFeature] = [:]
        for (key, feature) in message.features.feature {
            switch feature.kind {
            case let .bytesList(list): features[key] = .bytes(list.value)
            case let .floatList(list): features[key] = .floats(list.value)
            case let .int64List(list): features[key] = .int64s(list.value)
            case nil: features[key] = .floats([])
            }
        }
        self.features = features
    }

    /// The serialized `tf.train.Example`.
    public func serialized() -> Data {
        var message = Tensorflow_Example()
        for (key, feature) in features {
            var value = Tensorflow_Feature()
            switch feature {
            case let .bytes(values): value.bytesList.value = values
            case let .floats(values): value.floatList.value = values
            case let .int64s(values): value.int64List.value = values
            }
            message.features.feature[key] = value
        }
        var options = BinaryEncodingOptions()
        options.useDeterministicOrdering = true
        // Encoding a message built from valid Swift values cannot fail.
        return (try? message.serializedBytes(options: options)) ?? Data()
    }
}
