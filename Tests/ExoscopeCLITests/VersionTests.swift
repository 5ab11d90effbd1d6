import XCTest
import ExoTestSupport

final class VersionTests: XCTestCase {
    func testVersionFlagPrintsVersion() throws {
        let result = try CommandRunner.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.standardOutput.hasPrefix("0."), result.standardOutput)
    }
}
