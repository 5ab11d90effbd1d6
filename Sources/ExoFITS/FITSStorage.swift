import Foundation

/// The bytes of one FITS file (memory-mapped, or inflated from gzip), shared by its HDUs.
final class FITSStorage: @unchecked Sendable {
    /// All bytes of the (decompressed) file. Never mutated after creation.
    let data: Data
    /// The file's path, for error messages.
    let path: String

    init(data: Data, path: String) {
        self.data = data
        self.path = path
    }
}
