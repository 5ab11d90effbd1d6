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
    public static func load(contentsOf url: URL) throws -> VettingModel {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ClassifierError.badModel(path: url.path, reason: error.localizedDescription)
        }
        if data.first == UInt8(ascii: "{") {
            guard let manifest = try? JSONDecoder().decode(EnsembleManifest.self, from: data),
                  manifest.format == "exoscope-ensemble", !manifest.members.isEmpty else {
                throw ClassifierError.badModel(path: url.path, reason: "not an ensemble manifest")
            }
            let folder = url.deletingLastPathComponent()
            let loaded = try manifest.members.map { try loadNetwork(folder.appendingPathComponent($0)) }
            guard let first = loaded.first, loaded.allSatisfy({ $0.0 == first.0 }) else {
                throw ClassifierError.badModel(path: url.path, reason: "ensemble members have different preprocessing")
            }
            return VettingModel(preprocessing: first.0, members: loaded.map(\.1))
        }
        let (preprocessing, network) = try loadNetwork(url)
        return VettingModel(preprocessing: preprocessing, members: [network])
    }

    private static func loadNetwork(_ url: URL) throws -> (ModelPreprocessing, any Model) {
        let loaded: LoadedModel
        do {
            loaded = try ModelFile.load(contentsOf: url)
        } catch {
            throw ClassifierError.badModel(path: url.path, reason: "\(error)")
        }
        guard let preprocessing = try? loaded.decodePreprocessing(ModelPreprocessing.self) else {
            throw ClassifierError.badModel(path: url.path, reason: "no Exoscope classifier preprocessing in the metadata")
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
