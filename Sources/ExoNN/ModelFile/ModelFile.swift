import ExoBasics
import Foundation

/// Saving and loading models as safetensors files that other tools (Python's `safetensors`,
/// PyTorch) can read.
///
/// The `__metadata__` map holds:
/// - `format`: `"exoscope-nn"`, `format_version`: `"1"`;
/// - `architecture`: the `ModelArchitecture` as JSON;
/// - `preprocessing`: JSON text chosen by the caller (view sizes, normalisation, …);
/// - `data_crc32`: CRC-32 of the tensor bytes as 8 hex digits;
/// - any extra caller metadata.
/// Tensors are named by the model's parameter paths (`"columns.0.0.weight"`), dtype `F32`.
///
/// ```swift
/// try ModelFile.save(model, to: url, preprocessing: #"{"global":201}"#)
/// let loaded = try ModelFile.read(contentsOf: url)
/// let logits = loaded.model([global, local, secondary, scalars])   // any `Model`, one tensor per input
/// ```
public enum ModelFile {
    /// The format version this build writes and reads.
    public static let formatVersion = 1

    /// Writes `model` to `url` with its architecture, the preprocessing JSON and extra metadata.
    public static func save(_ model: some Model, to url: URL, preprocessing: String = "{}",
                            metadata: [String: String] = [:]) throws {
        let architecture = try String(decoding: JSONEncoder().encode(model.architecture), as: UTF8.self)
        var tensors: [(name: String, tensor: Tensor)] = []
        for named in model.parameters { tensors.append((named.name, named.parameter.value)) }
        var fullMetadata = metadata
        fullMetadata["format"] = "exoscope-nn"
        fullMetadata["format_version"] = String(formatVersion)
        fullMetadata["architecture"] = architecture
        fullMetadata["preprocessing"] = preprocessing
        // The checksum covers the body, which does not depend on the header: encode once to learn it.
        let body = try SafeTensors.encode(tensors: tensors, metadata: [:]).body
        fullMetadata["data_crc32"] = hex(body.withUnsafeBytes { CRC32.checksum($0) })
        let encoded = try SafeTensors.encode(tensors: tensors, metadata: fullMetadata)
        var file = Data()
        var length = UInt64(encoded.header.count).littleEndian
        withUnsafeBytes(of: &length) { file.append(contentsOf: $0) }
        file.append(encoded.header)
        file.append(encoded.body)
        do {
            try file.write(to: url, options: .atomic)
        } catch {
            throw ModelFileError.unreadable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Reads a model file, rebuilds its architecture and fills in the weights.
    public static func read(contentsOf url: URL) throws -> LoadedModel {
        try read(data: read(url), path: url.path)
    }

    /// ``read(contentsOf:)`` for the bytes of a model file already in memory; `path` names it in errors.
    public static func read(data: Data, path: String) throws -> LoadedModel {
        let contents = try verified(data, path: path)
        guard let text = contents.metadata["architecture"] else {
            throw ModelFileError.malformedHeader(path: path, detail: "no architecture in __metadata__")
        }
        let architecture: ModelArchitecture
        do {
            architecture = try JSONDecoder().decode(ModelArchitecture.self, from: Data(text.utf8))
        } catch {
            throw ModelFileError.invalidArchitecture(path: path, detail: String(describing: error))
        }
        let model = architecture.makeModel()
        try assign(contents.tensors, to: model, path: path)
        return LoadedModel(model: model, architecture: architecture,
                           preprocessing: contents.metadata["preprocessing"] ?? "{}", metadata: contents.metadata)
    }

    /// Reads the weights of a file into an existing model of the same architecture. Every parameter
    /// must be present with its shape, and no other tensor may be in the file. Returns the metadata.
    @discardableResult
    public static func loadParameters(into model: some Model, contentsOf url: URL) throws -> [String: String] {
        let contents = try verified(read(url), path: url.path)
        try assign(contents.tensors, to: model, path: url.path)
        return contents.metadata
    }

    private static func read(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ModelFileError.unreadable(path: url.path, reason: error.localizedDescription)
        }
    }

    private static func verified(_ data: Data, path: String) throws -> SafeTensors.Contents {
        let contents = try SafeTensors.decode(data, path: path)
        guard let version = contents.metadata["format_version"] else {
            throw ModelFileError.malformedHeader(path: path, detail: "no format_version in __metadata__")
        }
        guard version == String(formatVersion) else {
            throw ModelFileError.unsupportedVersion(path: path, found: version, supported: formatVersion)
        }
        guard let stored = contents.metadata["data_crc32"] else {
            throw ModelFileError.malformedHeader(path: path, detail: "no data_crc32 in __metadata__")
        }
        let computed = hex(contents.body.withUnsafeBytes { CRC32.checksum($0) })
        guard stored.lowercased() == computed else {
            throw ModelFileError.checksumMismatch(path: path, stored: stored, computed: computed)
        }
        return contents
    }

    private static func assign(_ tensors: [String: Tensor], to model: some Model, path: String) throws {
        let parameters = model.parameters
        for named in parameters {
            guard let tensor = tensors[named.name] else { throw ModelFileError.missingTensor(path: path, name: named.name) }
            guard tensor.shape == named.parameter.value.shape else {
                throw ModelFileError.shapeMismatch(path: path, name: named.name, expected: named.parameter.value.shape,
                                                   found: tensor.shape)
            }
        }
        let known = Set(parameters.map(\.name))
        if let extra = tensors.keys.sorted().first(where: { !known.contains($0) }) {
            throw ModelFileError.unexpectedTensor(path: path, name: extra)
        }
        for named in parameters {
            named.parameter.value = tensors[named.name] ?? named.parameter.value
            named.parameter.zeroGradient()
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

/// A model read from a file with what the file says about it.
public struct LoadedModel {
    /// The rebuilt model with the stored weights (`Sequential` or `MultiInputModel`).
    public let model: any Model
    /// The stored architecture.
    public let architecture: ModelArchitecture
    /// The preprocessing settings JSON stored by `save`.
    public let preprocessing: String
    /// The whole `__metadata__` map.
    public let metadata: [String: String]

    /// Decodes the preprocessing JSON into the caller's settings type.
    public func decodePreprocessing<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(preprocessing.utf8))
    }
}
