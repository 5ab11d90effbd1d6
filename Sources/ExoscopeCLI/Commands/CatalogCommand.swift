import ArgumentParser
import Exoscope
import Foundation

/// `exoscope catalog`: queries a NASA Exoplanet Archive table through TAP into CSV.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Query a NASA Exoplanet Archive table (TAP) into CSV.",
        discussion: """
        Tables: ps (planetary systems), pscomppars (composite parameters), cumulative (KOI), toi, \
        q1_q17_dr24_tce (Kepler DR24 TCEs). Example: exoscope catalog pscomppars --where "hostname = 'WASP-126'" \
        -o wasp126.csv. EXOSCOPE_EXOPLANET_ARCHIVE_URL overrides the archive's address.
        """
    )

    @Argument(help: "Table: ps, pscomppars, cumulative (koi), toi, q1_q17_dr24_tce (tce).")
    var table: String

    @Option(name: .customLong("where"), help: "ADQL condition, e.g. \"koi_disposition = 'CONFIRMED'\".")
    var condition: String?

    @Option(help: "Comma-separated columns (default: all).")
    var columns: String?

    @Option(name: .customLong("order-by"), help: "ADQL ORDER BY clause.")
    var orderBy: String?

    @Option(name: .shortAndLong, help: "Output CSV file, or - for standard output (the default).")
    var output: String?

    @OptionGroup var archive: ArchiveOptions

    func validate() throws {
        guard ExoplanetArchiveTable(name: table) != nil else {
            let names = ExoplanetArchiveTable.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown table '\(table)': use one of \(names)")
        }
        try output.map(OutputFile.init)?.requireExtension(["csv", "txt"], format: "CSV")
    }

    func run() async throws {
        guard let table = ExoplanetArchiveTable(name: table) else { throw ExitCode.validationFailure }
        let columnList = columns?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        let csv = try await ExoplanetArchiveClient(transport: archive.transport)
            .query(table: table, columns: columnList, where: condition, orderBy: orderBy)
        let destination = OutputFile(output ?? "-")
        try destination.write(csv)
        if !destination.isStandardOutput {
            let rows = max(0, csv.split(separator: UInt8(ascii: "\n")).count - 1)
            StandardError.write("wrote \(rows) rows of \(table.rawValue) to \(destination.path)")
        }
    }
}
