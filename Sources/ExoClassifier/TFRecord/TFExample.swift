import Foundation

/// A `tf.train.Example`: named features, each a list of bytes, floats or integers.
///
/// Encoded and decoded by a small hand-written codec of the protobuf wire format
/// (see `docs/classifier.md` for why not swift-protobuf). Decoding accepts packed and unpacked
/// repeated fields and skips unknown fields; encoding writes packed lists with the keys sorted, so
/// the same example always gives the same bytes.
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
    /// - Throws: ``ProtobufWireError`` when the bytes are not a valid message.
    public init(serialized data: Data) throws {
        var features: [String: TFFeature] = [:]
        try data.withUnsafeBytes { raw in
            var example = ProtobufWireReader(raw)
            while let (field, wire) = try example.nextTag() {
                guard field == 1, wire == 2 else { try example.skip(wire); continue }
                var featureMap = ProtobufWireReader(try example.lengthDelimited())
                while let (mapField, mapWire) = try featureMap.nextTag() {
                    guard mapField == 1, mapWire == 2 else { try featureMap.skip(mapWire); continue }
                    let (key, feature) = try Self.decodeEntry(try featureMap.lengthDelimited())
                    features[key] = feature
                }
            }
        }
        self.features = features
    }

    /// The serialized `tf.train.Example`.
    public func serialized() -> Data {
        var map = ProtobufWireWriter()
        for key in features.keys.sorted() {
            guard let feature = features[key] else { continue }
            var entry = ProtobufWireWriter()
            entry.writeBytes(field: 1, Data(key.utf8))
            entry.writeBytes(field: 2, Self.encode(feature))
            map.writeBytes(field: 1, entry.data)
        }
        var example = ProtobufWireWriter()
        example.writeBytes(field: 1, map.data)
        return example.data
    }

    private static func decodeEntry(_ raw: UnsafeRawBufferPointer) throws -> (String, TFFeature) {
        var entry = ProtobufWireReader(raw)
        var key = ""
        var feature = TFFeature.floats([])
        while let (field, wire) = try entry.nextTag() {
            switch (field, wire) {
            case (1, 2): key = String(decoding: try entry.lengthDelimited(), as: UTF8.self)
            case (2, 2): feature = try decodeFeature(try entry.lengthDelimited())
            default: try entry.skip(wire)
            }
        }
        return (key, feature)
    }

    private static func decodeFeature(_ raw: UnsafeRawBufferPointer) throws -> TFFeature {
        var reader = ProtobufWireReader(raw)
        var feature = TFFeature.floats([])
        while let (kind, wire) = try reader.nextTag() {
            guard wire == 2, (1...3).contains(kind) else { try reader.skip(wire); continue }
            var list = ProtobufWireReader(try reader.lengthDelimited())
            switch kind {
            case 1:
                var values: [Data] = []
                while let (field, w) = try list.nextTag() {
                    if field == 1, w == 2 { values.append(Data(try list.lengthDelimited())) } else { try list.skip(w) }
                }
                feature = .bytes(values)
            case 2:
                var values: [Float] = []
                while let (field, w) = try list.nextTag() {
                    switch (field, w) {
                    case (1, 2): try list.appendPackedFloats(to: &values)
                    case (1, 5): values.append(try list.float())
                    default: try list.skip(w)
                    }
                }
                feature = .floats(values)
            default:
                var values: [Int64] = []
                while let (field, w) = try list.nextTag() {
                    switch (field, w) {
                    case (1, 2):
                        var packed = ProtobufWireReader(try list.lengthDelimited())
                        while !packed.isAtEnd { values.append(Int64(bitPattern: try packed.varint())) }
                    case (1, 0): values.append(Int64(bitPattern: try list.varint()))
                    default: try list.skip(w)
                    }
                }
                feature = .int64s(values)
            }
        }
        return feature
    }

    private static func encode(_ feature: TFFeature) -> Data {
        var list = ProtobufWireWriter()
        let kind: Int
        switch feature {
        case let .bytes(values):
            kind = 1
            for value in values { list.writeBytes(field: 1, value) }
        case let .floats(values):
            kind = 2
            var packed = Data(capacity: values.count * 4)
            for value in values {
                var bits = value.bitPattern.littleEndian
                withUnsafeBytes(of: &bits) { packed.append(contentsOf: $0) }
            }
            list.writeBytes(field: 1, packed)
        case let .int64s(values):
            kind = 3
            var packed = ProtobufWireWriter()
            for value in values { packed.writeVarint(UInt64(bitPattern: value)) }
            list.writeBytes(field: 1, packed.data)
        }
        var wrapper = ProtobufWireWriter()
        wrapper.writeBytes(field: kind, list.data)
        return wrapper.data
    }
}
