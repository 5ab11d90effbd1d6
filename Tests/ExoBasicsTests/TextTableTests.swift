import ExoBasics
import XCTest

final class TextTableTests: XCTestCase {
    func testCommentsQuotesAndLineNumbers() {
        let text = "# mission: TESS\r\n\nstar,file\r\n\"KIC 1, b\",\"a \"\"quoted\"\" path\"\n  x , \"two\nlines\"\nlast,\n"
        let table = TextTable(parsing: text)
        XCTAssertEqual(table.comments, ["mission: TESS"])
        XCTAssertEqual(table.delimiter, .comma)
        XCTAssertEqual(table.rows.map(\.fields), [["star", "file"], ["KIC 1, b", "a \"quoted\" path"], ["x", "two\nlines"], ["last", ""]])
        XCTAssertEqual(table.rows.map(\.line), [3, 4, 5, 7])
    }

    func testWhitespaceAndSemicolonTables() {
        let spaced = TextTable(parsing: "% note\n time\tflux  err\n1.0   2.0\t3\n", commentPrefixes: ["#", "%"])
        XCTAssertEqual(spaced.delimiter, .whitespace)
        XCTAssertEqual(spaced.comments, ["note"])
        XCTAssertEqual(spaced.rows.map(\.fields), [["time", "flux", "err"], ["1.0", "2.0", "3"]])
        let semicolons = TextTable(parsing: "a;b\n1,5;2\n")
        XCTAssertEqual(semicolons.rows.map(\.fields), [["a", "b"], ["1,5", "2"]])
        XCTAssertEqual(TextTable(parsing: "a b\n", delimiter: .comma).rows.map(\.fields), [["a b"]])
    }

    func testWrittenLinesReadBack() {
        let fields = ["plain", "with, comma", "with \"quote\"", "two\nlines", ""]
        XCTAssertEqual(TextTable(parsing: TextTable.csvLine(fields) + "\n").rows.map(\.fields), [fields])
    }
}
