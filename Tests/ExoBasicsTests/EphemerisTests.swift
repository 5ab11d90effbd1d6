import ExoBasics
import XCTest

final class EphemerisTests: XCTestCase {
    private let b = Ephemeris(period: 3, epoch: 10, duration: 0.2)

    func testTimeFromTransitIsMeasuredFromTheNearestTransit() {
        XCTAssertEqual(b.timeFromTransit(10), 0)
        XCTAssertEqual(b.timeFromTransit(13.05), 0.05, accuracy: 1e-12)
        XCTAssertEqual(b.timeFromTransit(6.9), -0.1, accuracy: 1e-12)
        XCTAssertEqual(b.timeFromTransit(11.4), 1.4, accuracy: 1e-12)
        XCTAssertEqual(b.timeFromTransit(11.6), -1.4, accuracy: 1e-12)
    }

    func testTransitNumberAndPhase() {
        XCTAssertEqual(b.transitNumber(at: 10), 0)
        XCTAssertEqual(b.transitNumber(at: 15.9), 2)
        XCTAssertEqual(b.transitNumber(at: 4.2), -2)
        XCTAssertEqual(b.phase(at: 11.5), 0.5, accuracy: 1e-12)
        XCTAssertEqual(b.phase(at: 12.7), 0.9, accuracy: 1e-12)
        XCTAssertEqual(b.phase(at: 13.3), 0.1, accuracy: 1e-12)
    }

    func testInTransitWindowIsCentredOnEachTransit() {
        XCTAssertTrue(b.isInTransit(13.09))
        XCTAssertFalse(b.isInTransit(13.11))
        XCTAssertTrue(b.isInTransit(13.19, widthInDurations: 2))
        XCTAssertFalse(b.isInTransit(13.21, widthInDurations: 2))
        XCTAssertTrue(b.isInTransit(-1.95))
    }

    func testTransitTimesInASpan() {
        XCTAssertEqual(b.transitTimes(from: 8, to: 17), [10, 13, 16])
        XCTAssertEqual(b.transitTimes(from: 10, to: 10), [10])
        XCTAssertEqual(b.transitTimes(from: 10.5, to: 12.9), [])
        XCTAssertEqual(b.transitTimes(from: 17, to: 8), [])
        XCTAssertEqual(Ephemeris(period: 0, epoch: 0, duration: 0.1).transitTimes(from: 0, to: 1), [])
        XCTAssertEqual(Ephemeris(period: 1e-9, epoch: 0, duration: 0).transitTimes(from: 0, to: 1), [], "capped")
        XCTAssertEqual(b.firstTransit(atOrAfter: 10.01), 13, accuracy: 1e-12)
        XCTAssertEqual(b.firstTransit(atOrAfter: 10), 10)
        XCTAssertEqual(b.firstTransit(atOrAfter: -5), -5, accuracy: 1e-12)
    }

    func testTwiceThePeriodPutsEveryOtherTransitAtPhaseOneHalf() {
        let doubled = b.multiplyingPeriod(by: 2)
        XCTAssertEqual(doubled.period, 6)
        XCTAssertEqual(doubled.phase(at: 13), 0.5, accuracy: 1e-12)
        XCTAssertEqual(doubled.phase(at: 16), 0, accuracy: 1e-12)
    }

    func testNonFiniteTimesGiveTransitZeroNotACrash() {
        XCTAssertEqual(b.transitNumber(at: .nan), 0)
        XCTAssertEqual(b.transitNumber(at: .infinity), 0)
        XCTAssertFalse(b.isInTransit(.nan))
    }
}
