import ExoTestSupport
import Foundation
import XCTest
@testable import ExoFITS

/// The inputs on which the `fits` and `gzip` fuzz targets found a problem (Tests/FuzzFindings): each
/// now gives a FITS file or a FITSError naming the file, within bounded memory.
final class FuzzFindingsTests: XCTestCase {
    func testEveryFindingGivesAFileOrAnErrorNamingIt() throws {
        for target in ["fits", "gzip"] {
            for url in try FuzzFindings.files(target) {
                do {
                    _ = try FITSFile(contentsOf: url)
                } catch let error as FITSError {
                    XCTAssertTrue("\(error)".contains(url.lastPathComponent), "\(error)")
                }
            }
        }
    }

    /// A 14 KB file whose image holds a value beyond Int64 after scaling: `integers()` (the pixel
    /// reader's aperture mask) trapped converting it.
    func testImageValuesBeyondInt64BecomeZeroInsteadOfTrapping() throws {
        let url = try XCTUnwrap(try FuzzFindings.files("fits").first { $0.lastPathComponent.hasPrefix("crash-4c8ce818") })
        let file = try FITSFile(contentsOf: url)
        var checked = 0
        for hdu in file.hdus where hdu.kind == .primary || hdu.kind == .image {
            guard let image = try? hdu.image() else { continue }
            let values = image.doubles(), integers = image.integers()
            XCTAssertEqual(values.count, integers.count)
            for (value, integer) in zip(values, integers) where !(abs(value) < 9e18) {
                XCTAssertEqual(integer, 0)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 0, "the finding holds a value beyond Int64")
    }

    /// A 685-byte stream whose trailer claims an uncompressed size near 2 GB reserved 2 GB before inflating.
    func testADamagedGzipTrailerReservesNoMoreThanTheStreamCanHold() throws {
        let data = try FuzzFindings.data("gzip", "oom-a05f988f3050167abfe5f86c0a98f13579237961")
        let claimed = data.suffix(4).reversed().reduce(0) { ($0 << 8) | Int($1) }
        XCTAssertGreaterThan(claimed, 1 << 30, "the trailer claims more than a gigabyte")
        XCTAssertLessThanOrEqual(Gzip.capacityHint(data), data.count * Gzip.maximumRatio)
        XCTAssertThrowsError(try FITSFile(data: data, path: "damaged.fits.gz")) { error in
            guard case FITSError.badGzip(let path, _) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(path, "damaged.fits.gz")
        }
        // An honest trailer is still used in full.
        var honest = Data(repeating: 0, count: 1000)
        honest.append(contentsOf: [0x40, 0x42, 0x0F, 0x00])  // 1,000,000
        XCTAssertEqual(Gzip.capacityHint(honest), 1_000_000)
    }
}
