/// The time system of a light curve's times, as the JSON outputs state it (docs/output.md).
///
/// JSON: `system` and `bjd_offset`.
public struct TimeReference: Codable, Sendable, Equatable {
    /// "BKJD" (BJD − 2454833, Kepler and K2), "BTJD" (BJD − 2457000, TESS), "BJD", "BJD - <offset>" for
    /// another offset, or "unknown" for a text file without a mission whose times carry no stated offset.
    public var system: String
    /// Days to add to a time to get the barycentric Julian date (TDB); 0 for "BJD" and "unknown".
    public var bjdOffset: Double

    enum CodingKeys: String, CodingKey {
        case system, bjdOffset = "bjd_offset"
    }

    /// The time system of `metadata`'s times.
    public init(_ metadata: LightCurveMetadata) {
        bjdOffset = metadata.timeReference
        system = switch metadata.timeReference {
        case 2_454_833: "BKJD"
        case 2_457_000: "BTJD"
        case 0: metadata.mission == .unknown ? "unknown" : "BJD"
        default: "BJD - \(metadata.timeReference)"
        }
    }
}
