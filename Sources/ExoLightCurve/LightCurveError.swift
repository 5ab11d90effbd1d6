/// Why a light curve could not be read. Every case names the file.
public enum LightCurveError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file holds no light-curve table, pixel table or text table.
    case noLightCurve(path: String, detail: String)
    /// A table that looks like a light curve has no time column.
    case missingTime(path: String, table: String)
    /// The light-curve table has none of the flux columns asked for.
    case missingFlux(path: String, table: String, wanted: [String])
    /// The flux column has no finite value (all NaN).
    case noFiniteFlux(path: String, column: String)
    /// A text table could not be parsed.
    case badText(path: String, line: Int, detail: String)
    /// The time or flux column of a text table cannot be identified (no header naming it, or the
    /// column asked for is not there).
    case unidentifiedColumns(path: String, detail: String)
    /// Files given together are of different stars.
    case differentTargets(paths: [String], targets: [String])
    /// No file was given.
    case noFiles

    /// "PATH: problem", for error messages.
    public var description: String {
        switch self {
        case let .noLightCurve(path, detail): "\(path): no light curve in this file (\(detail))"
        case let .missingTime(path, table): "\(path): table \(table) has no TIME column"
        case let .missingFlux(path, table, wanted):
            "\(path): table \(table) has no flux column (looked for \(wanted.joined(separator: ", ")))"
        case let .noFiniteFlux(path, column): "\(path): flux column \(column) has no finite values (all NaN)"
        case let .badText(path, line, detail): "\(path): line \(line): \(detail)"
        case let .unidentifiedColumns(path, detail): "\(path): \(detail); name them with --columns TIME,FLUX[,ERR]"
        case let .differentTargets(paths, targets):
            "files are of different targets: "
                + zip(paths, targets).map { "\($0) (\($1.isEmpty ? "unknown" : $1))" }.joined(separator: ", ")
        case .noFiles: "no input files given"
        }
    }
}
