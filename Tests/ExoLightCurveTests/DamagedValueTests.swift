import ExoFITS
import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

/// Damaged times inside a readable file (issue #17's mutation campaign found them): lone absurd
/// times are dropped and counted, never passed on to the search.
final class DamagedValueTests: XCTestCase {
    private func read(time: [Double], flux: [Float]) throws -> LightCurveReading {
        let folder = try SharedData.temporaryDirectory("exoscope-damaged")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("damaged.fits")
        let bytes = try FITSTableWriter.encode(
            primaryHeader: [FITSCard(keyword: "TELESCOP", value: .string("TESS")), FITSCard(keyword: "TICID", value: .int(1))],
            tables: [FITSTableWriter.Table(name: "LIGHTCURVE", columns: [
                FITSTableColumn(name: "TIME", data: .float64(time)),
                FITSTableColumn(name: "PDCSAP_FLUX", data: .float32(flux)),
                FITSTableColumn(name: "QUALITY", data: .int32([Int32](repeating: 0, count: time.count))),
            ])])
        try bytes.write(to: url)
        return try LightCurveReader.reading(contentsOf: url)
    }

    private var sector: [Double] { (0..<2000).map { 1325 + Double($0) / 720 } }

    func testLoneAbsurdTimesAreDroppedAndCounted() throws {
        var time = sector
        time[10] = 1e300
        time[500] = -5e8
        time[1500] = 9e4
        let reading = try read(time: time, flux: [Float](repeating: 100, count: 2000))
        XCTAssertEqual(reading.droppedImpossible, 3)
        XCTAssertEqual(reading.keptCount, 1997)
        XCTAssertLessThan((reading.lightCurve.time.max() ?? 0) - (reading.lightCurve.time.min() ?? 0), 3)
    }

    func testSparseTablesKeepEveryPoint() throws {
        let nightly = (0..<60).map { 1325 + Double($0) * 1.01 }
        let reading = try read(time: nightly, flux: [Float](repeating: 100, count: 60))
        XCTAssertEqual(reading.droppedImpossible, 0)
        XCTAssertEqual(reading.keptCount, 60)
    }
}

extension DamagedValueTests {
    /// A damaged block that writes one number (here 0) into many rows is a cluster of identical times.
    func testRepeatedDamagedTimeIsDropped() throws {
        var time = sector
        for i in stride(from: 7, to: 1900, by: 101) { time[i] = 0 }  // 19 rows, under 1% of the cadences
        let reading = try read(time: time, flux: [Float](repeating: 100, count: 2000))
        XCTAssertEqual(reading.droppedImpossible, 19)
        XCTAssertGreaterThan(reading.lightCurve.time.min() ?? 0, 1324)
    }

    /// Two real stretches a year apart (a duo's sectors) are both kept.
    func testSeparateStretchesAreKept() throws {
        let time = sector + sector.map { $0 + 365 }
        let reading = try read(time: time, flux: [Float](repeating: 100, count: 4000))
        XCTAssertEqual(reading.droppedImpossible, 0)
    }
}

extension DamagedValueTests {
    /// The slowest file of the mutation campaign (a K2 light curve vetted in 23.6 s, then 30 s): three
    /// damaged times, 511.0, 511.0 and 511.5, half a day apart so not one packed cluster, stretched the
    /// baseline from 75 to 1870 days and the period grid with it. Two cadences at one time are damage.
    func testAFarClusterHoldingARepeatedTimeIsDropped() throws {
        var time = sector
        time[100] = 511.0
        time[900] = 511.0
        time[1700] = 511.5
        let reading = try read(time: time, flux: [Float](repeating: 100, count: 2000))
        XCTAssertEqual(reading.droppedImpossible, 3)
        XCTAssertGreaterThan(reading.lightCurve.time.min() ?? 0, 1324)
    }

    /// A few regular cadences far from the rest (a short real stretch) are kept.
    func testAFarClusterOfRegularCadencesIsKept() throws {
        let time = sector + [1500, 1500 + 1.0 / 720, 1500 + 2.0 / 720]
        let reading = try read(time: time, flux: [Float](repeating: 100, count: 2003))
        XCTAssertEqual(reading.droppedImpossible, 0)
    }
}
