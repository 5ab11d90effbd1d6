import Foundation

/// Reading and writing the safetensors container: an 8-byte little-endian header length, a JSON
/// header (`{"name": {"dtype": "F32", "shape": [...], "data_offsets": [begin, end]}, "__metadata__": {...}}`,
/// padded with spaces to a multiple of 8 bytes), then the raw little-endian tensor bytes.
enum SafeTensors {
    /// Encodes named tensors and a string metadata map.
    static func encode(tensors: [(name: String, tensor: Tensor)], metadata: [String: String]) throws -> (header: Data, body: Data) {
        var body = Data()
        var entries: [String: Any] = ["__metadata__": metadata]
        for (name, tensor) in tensors {
            let begin = body.count
            tensor.scalars.withUnsafeBytes { body.append(contentsOf: $0) }
            entries[name] = ["dtype": "F32", "shape": tensor.shape, "data_offsets": [begin, body.count]] as [String: Any]
        }
        var header = try JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys])
        while header.count % 8 != 0 { header.append(0x20) }
        return (header, body)
    }

    /// The parsed header of a file and the range of its tensor data.
    struct Contents {
        var metadata: [String: String]
        var tensors: [String: Tensor]
        var body: Data
    }

    /// Decodes a whole file; `path` names it in errors.
    static func decode(_ data: Data, path: String) throws -> Contents {
        guard data.count >= 8 else {
            throw ModelFileError.truncated(path: path, detail: "\(data.count) bytes, fewer than the 8-byte header length")
        }
        let bytes = [UInt8](data)
        var headerLength: UInt64 = 0
        for index in 0..<8 { headerLength |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        guard headerLength <= 100_000_000 else {
            throw ModelFileError.malformedHeader(path: path, detail: "header length \(headerLength) is implausible")
        }
        guard 8 + Int(headerLength) <= bytes.count else {
            throw ModelFileError.truncated(path: path, detail: "header needs \(headerLength) bytes, file has \(bytes.count - 8)")
        }
        let headerData = Data(bytes[8..<(8 + Int(headerLength))])
        guard let json = try? JSONSerialization.jsonObject(with: headerData), let entries = json as? [String: Any] else {
            throw ModelFileError.malformedHeader(path: path, detail: "header is not a JSON object")
        }
        guard let metadata = entries["__metadata__"] as? [String: String] else {
            throw ModelFileError.malformedHeader(path: path, detail: "no __metadata__ string map")
        }
        let body = Data(bytes[(8 + Int(headerLength))...])
        var tensors: [String: Tensor] = [:]
        for (name, value) in entries where name != "__metadata__" {
            tensors[name] = try decodeTensor(name: name, entry: value, body: body, path: path)
        }
        return Contents(metadata: metadata, tensors: tensors, body: body)
    }

    private static func decodeTensor(name: String, entry: Any, body: Data, path: String) throws -> Tensor {
        guard let fields = entry as? [String: Any], let dtype = fields["dtype"] as? String,
              let shape = fields["shape"] as? [Int], let offsets = fields["data_offsets"] as? [Int], offsets.count == 2
        else {
            throw ModelFileError.malformedHeader(path: path, detail: "tensor '\(name)' lacks dtype, shape or data_offsets")
        }
        guard dtype == "F32" else { throw ModelFileError.unsupportedDType(path: path, tensor: name, dtype: dtype) }
        let count = shape.reduce(1, *)
        guard shape.allSatisfy({ $0 >= 0 }), offsets[0] >= 0, offsets[1] - offsets[0] == 4 * count else {
            throw ModelFileError.malformedHeader(
                path: path, detail: "tensor '\(name)' of shape \(shape) has data_offsets \(offsets)")
        }
        guard offsets[1] <= body.count else {
            throw ModelFileError.truncated(
                path: path, detail: "tensor '\(name)' ends at byte \(offsets[1]) of the data, which has \(body.count)")
        }
        var scalars = [Float](repeating: 0, count: count)
        scalars.withUnsafeMutableBytes { destination in
            body.withUnsafeBytes { source in
                destination.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offsets[0]..<offsets[1]]))
            }
        }
        return Tensor(shape: shape, scalars: scalars)
    }
}
