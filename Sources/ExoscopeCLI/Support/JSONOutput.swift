import Foundation

/// The one JSON style of every `--json` output (docs/output.md): pretty-printed, keys sorted, plain
/// slashes in paths, and non-finite numbers as the strings "nan", "inf", "-inf".
enum JSONOutput {
    /// `value` as JSON text; `snakeCaseKeys` converts the camelCase property names of types without
    /// their own JSON keys (`averagePrecision` → `average_precision`).
    static func text<T: Encodable>(_ value: T, snakeCaseKeys: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf",
                                                                       nan: "nan")
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
