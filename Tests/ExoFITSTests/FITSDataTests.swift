import ExoFITS
import Foundation
import XCTest

final class FITSDataTests: XCTestCase {
    /// A table with every supported column type, TDIM arrays, TSCAL/TZERO and TNULL.
    func testBinaryTableColumnTypes() throws {
        var bytes = FITSBytes()
        bytes.header(FITSBytes.primary)
        // Row: L(1) B(1) I(2, TZERO 32768) J(4, TNULL -1) K(8) E(4) D(8) 5A(5) 6J with TDIM (3,2) (24) = 57
        bytes.header([
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                   57", "NAXIS2  =                    2", "PCOUNT  =                    0",
            "GCOUNT  =                    1", "TFIELDS =                    9",
            "TTYPE1  = 'FLAG'", "TFORM1  = 'L'", "TTYPE2  = 'BYTE'", "TFORM2  = 'B'",
            "TTYPE3  = 'USHORT'", "TFORM3  = 'I'", "TZERO3  =                32768",
            "TTYPE4  = 'QUALITY'", "TFORM4  = 'J'", "TNULL4  =                   -1",
            "TTYPE5  = 'BIG'", "TFORM5  = 'K'", "TTYPE6  = 'FLUX'", "TFORM6  = 'E'", "TSCAL6  =                  2.0",
            "TTYPE7  = 'TIME'", "TFORM7  = 'D'", "TTYPE8  = 'NAME'", "TFORM8  = '5A'",
            "TTYPE9  = 'IMAGE'", "TFORM9  = '6J'", "TDIM9   = '(3,2)'", "EXTNAME = 'TABLE'",
        ])
        var rows: [UInt8] = []
        for row in 0..<2 {
            rows.append(row == 0 ? UInt8(ascii: "T") : UInt8(ascii: "F"))
            rows.append(UInt8(200 + row))
            rows += FITSBytes.bigEndian(Int16(row == 0 ? 32767 : -32768))  // 65535 and 0 after TZERO
            rows += FITSBytes.bigEndian(Int32(row == 0 ? 7 : -1))
            rows += FITSBytes.bigEndian(Int64(row == 0 ? 1 << 40 : -5))
            rows += FITSBytes.bigEndian(Float(1.25 + Float(row)).bitPattern)
            rows += FITSBytes.bigEndian((1000.5 + Double(row)).bitPattern)
            rows += Array((row == 0 ? "abc  " : "hello").utf8)
            for k in 0..<6 { rows += FITSBytes.bigEndian(Int32(10 * row + k)) }
        }
        bytes.dataUnit(rows)
        let file = try FITSFile(data: bytes.data, path: "types.fits")
        let table = try XCTUnwrap(file.hdu(named: "table")).binaryTable()
        XCTAssertEqual(table.rowCount, 2)
        XCTAssertEqual(try table.doubles("FLAG"), [1, 0])
        XCTAssertEqual(try table.integers("BYTE"), [200, 201])
        XCTAssertEqual(try table.integers("USHORT"), [65535, 0])
        XCTAssertEqual(try table.integers("QUALITY"), [7, -1])
        let quality = try table.doubles("QUALITY")
        XCTAssertEqual(quality[0], 7)
        XCTAssertTrue(quality[1].isNaN, "TNULL becomes NaN")
        XCTAssertEqual(try table.integers("BIG"), [1 << 40, -5])
        XCTAssertEqual(try table.doubles("FLUX"), [2.5, 4.5])
        XCTAssertEqual(try table.doubles("TIME"), [1000.5, 1001.5])
        XCTAssertEqual(try table.strings("NAME"), ["abc", "hello"])
        XCTAssertEqual(table.column(named: "IMAGE")?.dimensions, [3, 2])
        XCTAssertEqual(try table.doubles("IMAGE"), [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15])
        XCTAssertThrowsError(try table.doubles("NOPE")) {
            XCTAssertEqual($0 as? FITSError, .missingColumn(path: "types.fits", hdu: 1, column: "NOPE"))
        }
    }

    func testImagesWithEveryBitpixAndScaling() throws {
        let cases: [(Int, [UInt8], [Double])] = [
            (8, [0, 255], [0 * 2 + 1, 255 * 2 + 1]),
            (16, FITSBytes.bigEndian(Int16(-3)) + FITSBytes.bigEndian(Int16(300)), [-3 * 2 + 1, 300 * 2 + 1]),
            (32, FITSBytes.bigEndian(Int32(-70000)) + FITSBytes.bigEndian(Int32(5)), [-70000 * 2 + 1, 5 * 2 + 1]),
            (-32, FITSBytes.bigEndian(Float(0.5).bitPattern) + FITSBytes.bigEndian(Float(-8).bitPattern), [0.5 * 2 + 1, -8 * 2 + 1]),
            (-64, FITSBytes.bigEndian(Double(1e-5).bitPattern) + FITSBytes.bigEndian(Double(7).bitPattern), [1e-5 * 2 + 1, 7 * 2 + 1]),
        ]
        for (bitpix, data, expected) in cases {
            var bytes = FITSBytes()
            bytes.header(FITSBytes.primary)
            bytes.header([
                "XTENSION= 'IMAGE   '", "BITPIX  = \(String(bitpix).leftPadded(20))", "NAXIS   =                    2",
                "NAXIS1  =                    1", "NAXIS2  =                    2", "PCOUNT  =                    0",
                "GCOUNT  =                    1", "BSCALE  =                  2.0", "BZERO   =                  1.0",
                "EXTNAME = 'APERTURE'",
            ])
            bytes.dataUnit(data)
            let image = try FITSFile(data: bytes.data, path: "image.fits").hdus[1].image()
            XCTAssertEqual(image.axes, [1, 2])
            let values = image.doubles()
            for (a, b) in zip(values, expected) { XCTAssertEqual(a, b, accuracy: 1e-12 * max(1, abs(b)), "BITPIX \(bitpix)") }
        }
    }

    func testTableWriterRoundTripsEveryColumnType() throws {
        let table = FITSTableWriter.Table(name: "DATA", columns: [
            FITSTableColumn(name: "D", data: .float64([1.5, -2.25e300, .nan]), unit: "d"),
            FITSTableColumn(name: "E", data: .float32([0.1, 3, -7])),
            FITSTableColumn(name: "I", data: .int16([-1, 2, 32767])),
            FITSTableColumn(name: "J", data: .int32([Int32.min, 0, 9])),
            FITSTableColumn(name: "K", data: .int64([Int64.max, -1, 3])),
            FITSTableColumn(name: "B", data: .uint8([0, 128, 255])),
            FITSTableColumn(name: "L", data: .logical([true, false, true])),
            FITSTableColumn(name: "S", data: .string(["a", "longer than six", ""], width: 6)),
        ], header: [FITSCard(keyword: "NOTE", value: .string("hi"), comment: "a note")])
        let bytes = try FITSTableWriter.encode(primaryHeader: [], tables: [table])
        XCTAssertEqual(bytes.count % 2880, 0)
        let read = try XCTUnwrap(FITSFile(data: bytes, path: "mem.fits").hdu(named: "DATA")).binaryTable()
        let d = try read.doubles("D")
        XCTAssertEqual(Array(d.prefix(2)), [1.5, -2.25e300])
        XCTAssertTrue(d[2].isNaN)
        XCTAssertEqual(try read.floats("E"), [0.1, 3, -7])
        XCTAssertEqual(try read.integers("I"), [-1, 2, 32767])
        XCTAssertEqual(try read.integers("J"), [Int64(Int32.min), 0, 9])
        XCTAssertEqual(try read.integers("K"), [Int64.max, -1, 3])
        XCTAssertEqual(try read.integers("B"), [0, 128, 255])
        XCTAssertEqual(try read.integers("L"), [1, 0, 1])
        XCTAssertEqual(try read.strings("S"), ["a", "longer", ""])
        XCTAssertEqual(read.column(named: "D")?.unit, "d")
        XCTAssertEqual(read.hdu.header.string("NOTE"), "hi")
    }

    func testGzipFilesAndStreamsCutShort() throws {
        let table = FITSTableWriter.Table(name: "DATA", columns: [
            FITSTableColumn(name: "TIME", data: .float64((0..<5000).map { Double($0) * 0.02 })),
        ])
        let plain = try FITSTableWriter.encode(primaryHeader: [], tables: [table])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exofits-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("t.fits")
        try plain.write(to: url)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-f", url.path]
        try gzip.run()
        gzip.waitUntilExit()
        try XCTSkipIf(gzip.terminationStatus != 0, "gzip is not available")
        let gzURL = folder.appendingPathComponent("t.fits.gz")
        let file = try FITSFile(contentsOf: gzURL)
        XCTAssertTrue(file.wasCompressed)
        XCTAssertEqual(try file.hdus[1].binaryTable().doubles("TIME")[4999], 4999 * 0.02)
        let compressed = try Data(contentsOf: gzURL)
        XCTAssertThrowsError(try FITSFile(data: compressed.prefix(compressed.count / 2), path: "cut.fits.gz")) { error in
            guard case FITSError.badGzip(let path, let detail) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(path, "cut.fits.gz")
            XCTAssertTrue(detail.contains("cut short"), detail)
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
