import ExoNN
import Foundation

/// The JSON file that lists the member files of an ensemble (written beside them).
struct EnsembleManifest: Codable {
    var format = "exoscope-ensemble"
    var members: [String]
}

extension VettingModel {
    /// Reads a model file written by ``save(to:)``: a safetensors file (one network) or an
    /// ensemble manifest (JSON listing member files in the same folder).
    public static func read(contentsOf url: URL) throws -> VettingModel {
        let folder = url.deletingLastPathComponent()
        return try read(file: url.lastPathComponent) { name in
            let file = folder.appendingPathComponent(name)
            do {
                return (try Data(contentsOf: file), file.path)
            } catch {
                throw ClassifierError.badModel(path: file.path, reason: error.localizedDescription)
            }
        }
    }

    /// Reads the model file `name` (and, for an ensemble manifest, its members) through `read`,
    /// which gives a file's bytes and the path that names it in errors.
    static func read(file name: String, read: (String) throws -> (data: Data, path: String)) throws -> VettingModel {
        let (data, path) = try read(name)
        guard let members = try ensembleMembers(data, path: path) else {
            let (preprocessing, network) = try loadNetwork(data, path: path)
            return VettingModel(preprocessing: preprocessing, members: [network])
        }
        let loaded = try members.map { member in
            let (memberData, memberPath) = try read(member)
            return try loadNetwork(memberData, path: memberPath)
        }
        guard let first = loaded.first, loaded.allSatisfy({ $0.0 == first.0 }) else {
            throw ClassifierError.badModel(path: path, reason: "ensemble members have different preprocessing")
        }
        return VettingModel(preprocessing: first.0, members: loaded.map(\.1))
    }

    /// The files that make up the model file `name`: the file itself, then its members if it is an
    /// ensemble manifest.
    static func memberFiles(file name: String, read: (String) throws -> (data: Data, path: String)) throws -> [String] {
        let (data, path) = try read(name)
        return [name] + (try ensembleMembers(data, path: path) ?? [])
    }

    /// The member names when `data` is an ensemble manifest, nil when it is a single network.
    private static func ensembleMembers(_ data: Data, path: String) throws -> [String]? {
        guard data.first == UInt8(ascii: "{") else { return nil }
        guard let manifest = try? JSONDecoder().decode(EnsembleManifest.self, from: data),
              manifest.format == "exoscope-ensemble", !manifest.members.isEmpty else {
            throw ClassifierError.badModel(path: path, reason: "not an ensemble manifest")
        }
        return manifest.members
    }

    private static func loadNetwork(_ data: Data, path: String) throws -> (ModelPreprocessing, any Model) {
        let loaded: LoadedModel
        do {
            loaded = try ModelFile.read(data: data, path: path)
        } catch {
            throw ClassifierError.badModel(path: path, reason: "\(error)")
        }
        guard let preprocessing = try? loaded.decodePreprocessing(ModelPreprocessing.self) else {
            throw ClassifierError.badModel(path: path, reason: "no Exoscope classifier preprocessing in the metadata")
        }
        return (preprocessing, loaded.model)
    }

    /// Writes the model to `url`: one safetensors file, or for an ensemble of K members the files
    /// `<name>.member-<i>.safetensors` beside a JSON manifest at `url`.
    public func save(to url: URL, metadata: [String: String] = [:]) throws {
        let preprocessingJSON = String(decoding: try JSONEncoder().encode(preprocessing), as: UTF8.self)
        do {
            if members.count == 1 {
                try ModelFile.save(members[0], to: url, preprocessing: preprocessingJSON, metadata: metadata)
                return
            }
            var names: [String] = []
            for (index, member) in members.enumerated() {
                let name = "\(url.deletingPathExtension().lastPathComponent).member-\(index).safetensors"
                try ModelFile.save(member, to: url.deletingLastPathComponent().appendingPathComponent(name),
                                   preprocessing: preprocessingJSON, metadata: metadata)
                names.append(name)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(EnsembleManifest(members: names)).write(to: url, options: .atomic)
        } catch let error as ClassifierError {
            throw error
        } catch {
            throw ClassifierError.badModel(path: url.path, reason: "cannot be written: \(error)")
        }
    }
}
