import Foundation

/// The local folder where downloaded products are kept, one sub-folder per mission.
///
/// Chosen, in order, from an explicit folder (`--cache`), `EXOSCOPE_CACHE`, or `~/.cache/exoscope`.
public struct ArchiveCache: Sendable, Equatable {
    /// The cache's root folder.
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The cache for `explicit` if given, else `EXOSCOPE_CACHE`, else `~/.cache/exoscope`.
    public static func resolve(
        explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ArchiveCache {
        if let explicit, !explicit.isEmpty {
            return ArchiveCache(root: URL(fileURLWithPath: (explicit as NSString).expandingTildeInPath))
        }
        if let value = environment["EXOSCOPE_CACHE"], !value.isEmpty {
            return ArchiveCache(root: URL(fileURLWithPath: (value as NSString).expandingTildeInPath))
        }
        let home = FileManager.default.homeDirectoryForCurrentUser
        return ArchiveCache(root: home.appendingPathComponent(".cache/exoscope", isDirectory: true))
    }

    /// Where `product` is (or will be) stored: `ROOT/mast/<collection>/<file name>`.
    public func location(of product: MastProduct) -> URL {
        root.appendingPathComponent("mast", isDirectory: true)
            .appendingPathComponent(product.collection.isEmpty ? "other" : product.collection, isDirectory: true)
            .appendingPathComponent(product.fileName)
    }

    /// True when `product` is already in the cache with the size MAST announced (any size if unknown).
    public func contains(_ product: MastProduct) -> Bool {
        let path = location(of: product).path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue
        else { return false }
        return product.size.map { $0 == size } ?? true
    }
}
