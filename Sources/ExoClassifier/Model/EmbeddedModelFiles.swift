import CExoModels
import Foundation

/// The model files built into the executable: `Sources/ExoClassifier/Resources`, compiled in by
/// the `CExoModels` target, so that a copied `exoscope` needs no folder beside it.
public enum EmbeddedModelFiles {
    /// The names of the embedded files, as in `Sources/ExoClassifier/Resources`.
    public static var names: [String] {
        (0..<exo_embedded_file_count()).compactMap { exo_embedded_file($0).map { String(cString: $0.pointee.name) } }
    }

    /// The bytes of the embedded file `name`, or nil when there is none of that name.
    public static func data(named name: String) -> Data? {
        for index in 0..<exo_embedded_file_count() {
            guard let file = exo_embedded_file(index)?.pointee, String(cString: file.name) == name else { continue }
            return Data(bytes: file.bytes, count: Int(file.size))
        }
        return nil
    }

    /// How errors name an embedded file.
    static func displayPath(_ name: String) -> String { "<built-in>/\(name)" }

    /// Reads `name` for ``VettingModel/read(file:read:)``.
    static func read(_ name: String) throws -> (data: Data, path: String) {
        guard let data = data(named: name) else {
            throw ClassifierError.badModel(path: displayPath(name), reason: "not built into this executable")
        }
        return (data, displayPath(name))
    }
}
