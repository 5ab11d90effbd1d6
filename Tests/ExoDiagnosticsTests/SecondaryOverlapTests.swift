import ExoBasics
import ExoDiagnostics
import XCTest

final class SecondaryOverlapTests: XCTestCase {
    /// K2-3-like: b at 10.05 d; its deepest dip away from transit falls on c's transit (24.64 d) once.
    func testAnotherSignalsTransitAtTheSecondaryPhaseIsFound() {
        let b = Ephemeris(period: 10, epoch: 2, duration: 0.1)
        let c = Ephemeris(period: 24, epoch: 2 + 2 * 10 + 3.7, duration: 0.12)   // transits at 25.7, 49.7, 73.7
        XCTAssertEqual(SecondaryOverlap.signal(overlappingSecondaryOf: 0, secondaryPhase: 0.37, among: [b, c], from: 0, to: 80), 2)
        XCTAssertNil(SecondaryOverlap.signal(overlappingSecondaryOf: 0, secondaryPhase: 0.6, among: [b, c], from: 0, to: 80))
        XCTAssertNil(SecondaryOverlap.signal(overlappingSecondaryOf: 0, secondaryPhase: 0.37, among: [b, c], from: 0, to: 20),
                     "c transits only after the data end")
        XCTAssertNil(SecondaryOverlap.signal(overlappingSecondaryOf: 0, secondaryPhase: 0.37, among: [b], from: 0, to: 80))
    }
}
