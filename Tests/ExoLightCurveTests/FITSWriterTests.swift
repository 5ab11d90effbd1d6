import ExoFITS
import ExoLightCurve
import ExoTestSupport
import Foundation
import XCTest

final class FITSWriterTests: XCTestCase {
    func sampleLightCurve() -> LightCurve {
        let n = 500
        let time = (0..<n).map { 1325.3 + Double($0) * 0.001388888888888889 }
        let flux = (0..<n).map { 1000 + 3 * sin(Double($0) * 0.1) + ($0 % 50 == 7 ? -12 : 0) }
        let error = (0..<n).map { 0.5 + Double($0 % 3) * 0.01 }
        let quality = (0..<n).map { Int32($0 % 97 == 0 ? 32 : ($0 % 41 == 0 ? 1024 : 0)) }
        let metadata = LightCurveMetadata(
            mission: .tess, targetID: "TIC 25155310", segment: 1, timeReference: 2_457_000.25,
            cadenceDays: 0.001388888888888889, product: "simulated", sources: ["sim"])
        return LightCurve(time: time, flux: flux, fluxError: error, quality: quality,
                          cadenceNumber: (0..<n).map { Int32(1000 + $0) }, metadata: metadata)
    }

    func testWrittenLightCurveReadsBackIdentically() throws {
        let folder = try SharedData.temporaryDirectory("exoscope-writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sim_lc.fits")
        let original = sampleLightCurve()
        try FITSWriter.write(original, to: url, extraHeader: [FITSCard(keyword: "PERIOD", value: .double(3.2888), comment: "[d] injected")])

        let back = try LightCurveReader.read(contentsOf: url, quality: .none)
        XCTAssertEqual(back.time, original.time)
        XCTAssertEqual(back.flux, original.flux)
        XCTAssertEqual(back.fluxError, original.fluxError)
        XCTAssertEqual(back.quality, original.quality)
        XCTAssertEqual(back.cadenceNumber, original.cadenceNumber)
        XCTAssertEqual(back.metadata.mission, .tess)
        XCTAssertEqual(back.metadata.targetID, "TIC 25155310")
        XCTAssertEqual(back.metadata.segment, 1)
        XCTAssertEqual(back.metadata.timeReference, 2_457_000.25)
        XCTAssertEqual(back.metadata.cadenceDays, 0.001388888888888889)
        XCTAssertEqual(try FITSFile(contentsOf: url).hdus[0].header.double("PERIOD"), 3.2888)

        // The default TESS mask (175) drops the cadences flagged 32 but keeps those flagged 1024.
        let masked = try LightCurveReader.reading(contentsOf: url)
        XCTAssertEqual(masked.droppedByQuality, original.quality.filter { $0 == 32 }.count)
        XCTAssertEqual(masked.keptCount, original.count - masked.droppedByQuality)
    }

    func testMissionMetadataRoundTripsForKeplerK2AndText() throws {
        let folder = try SharedData.temporaryDirectory("exoscope-writer-missions")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [LightCurveMetadata] = [
            LightCurveMetadata(mission: .kepler, targetID: "KIC 11442793", segment: 3, cadenceDays: 0.0204),
            LightCurveMetadata(mission: .k2, targetID: "EPIC 201367065", segment: 1, cadenceDays: 0.0204),
            LightCurveMetadata(mission: .unknown, targetID: "my-star", timeReference: 2_400_000.5),
        ]
        for (i, metadata) in cases.enumerated() {
            let lc = LightCurve(time: [1, 2, 3], flux: [4, 5, 6], metadata: metadata)
            let url = folder.appendingPathComponent("lc\(i).fits")
            try FITSWriter.write(lc, to: url)
            let back = try LightCurveReader.read(contentsOf: url, quality: .none)
            XCTAssertEqual(back.metadata.mission, metadata.mission)
            XCTAssertEqual(back.metadata.targetID, metadata.targetID)
            XCTAssertEqual(back.metadata.segment, metadata.segment)
            XCTAssertEqual(back.metadata.timeReference, metadata.timeReference)
            XCTAssertEqual(back.flux, [4, 5, 6])
            XCTAssertTrue(back.fluxError.allSatisfy(\.isNaN))
        }
    }

    /// astropy reads the file: checked when a Python with astropy is available (set
    /// EXOSCOPE_REFERENCE_PYTHON, or the project's ../.venv-ref); skipped otherwise, e.g. in CI.
    func testAstropyReadsWrittenFile() throws {
        let python = ProcessInfo.processInfo.environment["EXOSCOPE_REFERENCE_PYTHON"]
            ?? SharedData.packageRoot.deletingLastPathComponent().appendingPathComponent(".venv-ref/bin/python").path
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: python), "no reference Python with astropy")
        let folder = try SharedData.temporaryDirectory("exoscope-writer-astropy")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sim_lc.fits")
        let original = sampleLightCurve()
        try FITSWriter.write(original, to: url)
        let script = """
        import sys, numpy as np
        from astropy.io import fits
        with fits.open(sys.argv[1]) as h:
            h.verify('exception')
            d = h['LIGHTCURVE'].data
            hd = h['LIGHTCURVE'].header
            print(len(d), repr(float(d['TIME'][3])), repr(float(d['PDCSAP_FLUX'][7])), int(d['QUALITY'][0]),
                  hd['BJDREFI'] + hd['BJDREFF'], h[0].header['OBJECT'], h[0].header['TICID'])
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        let fields = output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        XCTAssertEqual(fields.count, 8, output)
        guard fields.count == 8 else { return }
        XCTAssertEqual(Int(fields[0]), original.count)
        XCTAssertEqual(Double(fields[1]), original.time[3])
        XCTAssertEqual(Double(fields[2]), original.flux[7])
        XCTAssertEqual(Int32(fields[3]), original.quality[0])
        XCTAssertEqual(Double(fields[4]), 2_457_000.25)
        XCTAssertEqual(fields[5] + " " + fields[6], "TIC 25155310")
        XCTAssertEqual(Int(fields[7]), 25_155_310)
    }
}
