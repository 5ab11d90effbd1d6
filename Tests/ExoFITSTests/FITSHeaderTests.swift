import ExoFITS
import Foundation
import XCTest

final class FITSHeaderTests: XCTestCase {
    func testCardTypesCommentsAndContinuedStrings() throws {
        var bytes = FITSBytes()
        bytes.header(FITSBytes.primary + [
            "OBJECT  = 'TIC 25155310'       / target name",
            "QUOTED  = 'it''s'",
            "NUMBER  =                  -42 / an integer",
            "REAL    =            1.5D+02   / Fortran exponent",
            "SMALL   =             -2.5E-03",
            "FLAG    =                    F / logical",
            "EMPTY   =                      / undefined value",
            "LONGSTR = 'This keyword value is long enough that it has to be continued &'",
            "CONTINUE  'on a second card &'",
            "CONTINUE  'and a third.'       / the comment",
            "HISTORY written by a test",
            "COMMENT   just a comment",
        ])
        let file = try FITSFile(data: bytes.data, path: "mem.fits")
        let header = file.hdus[0].header
        XCTAssertEqual(header.string("OBJECT"), "TIC 25155310")
        XCTAssertEqual(header.card("OBJECT")?.comment, "target name")
        XCTAssertEqual(header.string("QUOTED"), "it's")
        XCTAssertEqual(header.int("NUMBER"), -42)
        XCTAssertEqual(header.card("NUMBER")?.comment, "an integer")
        XCTAssertEqual(header.double("REAL"), 150)
        XCTAssertEqual(header.double("SMALL"), -0.0025)
        XCTAssertEqual(header.bool("FLAG"), false)
        XCTAssertNil(header["EMPTY"])
        XCTAssertEqual(header.string("LONGSTR"),
                       "This keyword value is long enough that it has to be continued on a second card and a third.")
        XCTAssertTrue(header.cards.contains { $0.keyword == "HISTORY" && $0.comment == "written by a test" })
        XCTAssertEqual(file.hdus.count, 1)
    }

    func testWrittenCardsParseBackIncludingLongStrings() throws {
        let long = String(repeating: "abcdefghij'", count: 20)
        let cards = [
            FITSCard(keyword: "LONGVAL", value: .string(long), comment: "long"),
            FITSCard(keyword: "PI", value: .double(3.141592653589793), comment: "pi"),
            FITSCard(keyword: "TINY", value: .double(1e-300)),
            FITSCard(keyword: "BIG", value: .int(9_000_000_000)),
            FITSCard(keyword: "YES", value: .bool(true)),
        ]
        let bytes = try FITSTableWriter.encode(primaryHeader: cards, tables: [])
        let header = try FITSFile(data: bytes, path: "mem.fits").hdus[0].header
        XCTAssertEqual(header.string("LONGVAL"), long)
        XCTAssertEqual(header.double("PI"), 3.141592653589793)
        XCTAssertEqual(header.double("TINY"), 1e-300)
        XCTAssertEqual(header.int("BIG"), 9_000_000_000)
        XCTAssertEqual(header.bool("YES"), true)
    }

    func testMalformedCardNamesFileAndCard() {
        var bytes = FITSBytes()
        bytes.header(FITSBytes.primary + ["BADVALUE=  not-a-number / oops"])
        XCTAssertThrowsError(try FITSFile(data: bytes.data, path: "bad-card.fits")) { error in
            guard case FITSError.malformedCard(let path, _, let card, _) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(path, "bad-card.fits")
            XCTAssertEqual(card, 5)
            XCTAssertTrue("\(error)".contains("bad-card.fits"))
        }
    }

    func testEmptyNotFITSAndTruncatedFiles() {
        XCTAssertThrowsError(try FITSFile(data: Data(), path: "empty.fits")) {
            XCTAssertEqual($0 as? FITSError, .empty(path: "empty.fits"))
        }
        XCTAssertThrowsError(try FITSFile(data: Data("hello, world\n".utf8), path: "text.fits")) {
            XCTAssertEqual($0 as? FITSError, .notFITS(path: "text.fits"))
        }
        var bytes = FITSBytes()
        bytes.header(FITSBytes.primary)
        bytes.header(["XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
                      "NAXIS1  =                    8", "NAXIS2  =                 1000", "PCOUNT  =                    0",
                      "GCOUNT  =                    1", "TFIELDS =                    1", "TTYPE1  = 'TIME    '",
                      "TFORM1  = 'D       '"])
        bytes.dataUnit([UInt8](repeating: 0, count: 100))
        XCTAssertThrowsError(try FITSFile(data: bytes.data, path: "cut.fits")) { error in
            guard case FITSError.truncated(let path, _) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(path, "cut.fits")
        }
        XCTAssertThrowsError(try FITSFile(data: bytes.data.prefix(1000), path: "cut-header.fits")) { error in
            guard case FITSError.truncated = error else { return XCTFail("unexpected \(error)") }
        }
    }
}
