import Foundation

/// Builds raw FITS bytes card by card, for tests that need exact control of the file.
struct FITSBytes {
    private(set) var data = Data()

    /// Appends a header made of `cards` (each padded to 80 characters) plus END, padded to 2880.
    mutating func header(_ cards: [String]) {
        var text = cards.map { $0.padding(toLength: 80, withPad: " ", startingAt: 0) }.joined()
        text += "END".padding(toLength: 80, withPad: " ", startingAt: 0)
        let padded = (text.utf8.count + 2879) / 2880 * 2880
        data.append(Data(text.padding(toLength: padded, withPad: " ", startingAt: 0).utf8))
    }

    /// Appends a data unit, zero-padded to 2880 bytes.
    mutating func dataUnit(_ bytes: [UInt8]) {
        data.append(contentsOf: bytes)
        let padding = (2880 - bytes.count % 2880) % 2880
        data.append(Data(count: padding))
    }

    /// The empty primary header.
    static var primary: [String] {
        ["SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    0", "EXTEND  =                    T"]
    }

    /// `value` as big-endian bytes.
    static func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}
