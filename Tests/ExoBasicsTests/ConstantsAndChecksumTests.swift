import ExoBasics
import XCTest

final class ConstantsAndChecksumTests: XCTestCase {
    func testSolarValues() {
        XCTAssertEqual(PhysicalConstants.solarMass, 1.9884e30, accuracy: 1e26)
        XCTAssertEqual(PhysicalConstants.solarDensity, 1410, accuracy: 2)
    }

    func testCRC32MatchesZlibCheckValue() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
        let whole = CRC32.checksum(Array("hello, world".utf8))
        let split = CRC32.checksum(Array(", world".utf8), continuing: CRC32.checksum(Array("hello".utf8)))
        XCTAssertEqual(whole, split)
        let bytes: [UInt8] = Array("123456789".utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { CRC32.checksum($0) }, 0xCBF4_3926)
    }
}
