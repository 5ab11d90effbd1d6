import Foundation

/// Base URLs of the archives Exoscope talks to.
///
/// The defaults are the public services; `EXOSCOPE_MAST_URL` and `EXOSCOPE_EXOPLANET_ARCHIVE_URL`
/// override them (tests point them at a loopback server).
public struct ArchiveEndpoints: Sendable, Equatable {
    /// MAST's root, e.g. `https://mast.stsci.edu` (the API lives under `/api/v0/` and `/api/v0.1/`).
    public var mast: URL
    /// The NASA Exoplanet Archive's root, e.g. `https://exoplanetarchive.ipac.caltech.edu` (TAP at `/TAP/sync`).
    public var exoplanetArchive: URL

    /// The public services.
    public static let `public` = ArchiveEndpoints(
        mast: URL(string: "https://mast.stsci.edu")!,
        exoplanetArchive: URL(string: "https://exoplanetarchive.ipac.caltech.edu")!
    )

    public init(mast: URL, exoplanetArchive: URL) {
        self.mast = mast
        self.exoplanetArchive = exoplanetArchive
    }

    /// The public services, with any base URL overridden by the environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> ArchiveEndpoints
    {
        var endpoints = ArchiveEndpoints.public
        if let value = environment["EXOSCOPE_MAST_URL"], !value.isEmpty, let url = URL(string: value) {
            endpoints.mast = url
        }
        if let value = environment["EXOSCOPE_EXOPLANET_ARCHIVE_URL"], !value.isEmpty, let url = URL(string: value) {
            endpoints.exoplanetArchive = url
        }
        return endpoints
    }
}
