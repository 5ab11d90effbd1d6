import ExoArchive
import ExoTestSupport
import Foundation

/// A fake archive with Kepler-90 (two quarters, light curve and pixel file), WASP-126 in TESS sectors 1
/// and 2 plus a neighbour 10" away, and two TAP tables.
enum ArchiveTestFixture {
    static func bytes(_ count: Int, seed: UInt8) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) })
    }

    static let q3 = "kplr011442793-2009350155506_llc.fits"
    static let q5 = "kplr011442793-2010174085026_llc.fits"
    static let q5Pixels = "kplr011442793-2010174085026_lpd-targ.fits.gz"
    static let sector1 = "tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"
    static let sector2 = "tess2018234235059-s0002-0000000025155310-0121-s_lc.fits"
    static let neighbour = "tess2018206045859-s0001-0000000025155999-0120-s_lc.fits"
    static let psCSV = "pl_name,hostname,pl_orbper\nWASP-126 b,WASP-126,3.2888\n"

    static func make() throws -> FakeArchive {
        let kepler = { (file: String, subgroup: String, seed: UInt8) in
            FakeArchive.Product(collection: "Kepler", targetName: "kplr011442793", obsid: "9000001", sequenceNumber: nil,
                                rightAscension: 284.43, declination: 49.31, fileName: file, subgroup: subgroup,
                                body: bytes(40_000, seed: seed))
        }
        let tess = { (file: String, obsid: String, tic: String, sector: Int, ra: Double, seed: UInt8) in
            FakeArchive.Product(collection: "TESS", targetName: tic, obsid: obsid, sequenceNumber: sector,
                                rightAscension: ra, declination: -69.1, fileName: file, subgroup: "LC",
                                body: bytes(60_000, seed: seed))
        }
        return try FakeArchive(
            products: [
                kepler(q3, "LLC", 1), kepler(q5, "LLC", 2), kepler(q5Pixels, "TPF", 3),
                tess(sector1, "7000001", "25155310", 1, 90.0, 4), tess(sector2, "7000002", "25155310", 2, 90.0, 5),
                tess(neighbour, "7000003", "25155999", 1, 90.0 + 10.0 / 3600 / cos(69.1 * .pi / 180), 6),
            ],
            names: ["wasp-126": (ra: 90.0, dec: -69.1)],
            tables: ["ps": psCSV, "toi": "toi,tid\n101.01,231663901\n"]
        )
    }

    static func client(_ fake: FakeArchive, attempts: Int = 3, timeout: Double = 5) -> MastClient {
        MastClient(baseURL: fake.baseURL, transport: transport(attempts: attempts, timeout: timeout))
    }

    static func transport(attempts: Int = 3, timeout: Double = 5) -> HTTPTransport {
        HTTPTransport(retryPolicy: RetryPolicy(maximumAttempts: attempts, initialDelay: 0.01), timeout: timeout)
    }

    /// Every file under `directory`, relative paths, sorted.
    static func files(under directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        var result: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                result.append(url.lastPathComponent)
            }
        }
        return result.sorted()
    }
}
