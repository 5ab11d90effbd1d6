import ArgumentParser
import Exoscope
import Foundation

/// `exoscope fetch`: resolves targets at MAST and downloads their light curves or pixel files into the cache.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download Kepler, K2 and TESS light curves (or pixel files) from MAST into the cache.",
        discussion: """
        TARGET is a name MAST resolves (WASP-126, Kepler-10) or a catalogue id (KIC 11442793, EPIC 201367065, \
        TIC 25155310). Prints the path of each file; files already in the cache with the right size are not \
        downloaded again. EXOSCOPE_MAST_URL overrides the MAST address.
        """
    )

    @Argument(help: "Targets: names or KIC/EPIC/TIC numbers.")
    var targets: [String]

    @Option(help: "Mission to search (kepler, k2, tess); default: the catalogue's mission, or all for names.")
    var mission: [MissionArgument] = []

    @Option(help: "TESS sector.")
    var sector: Int?

    @Option(help: "Kepler quarter.")
    var quarter: Int?

    @Option(help: "K2 campaign.")
    var campaign: Int?

    @Option(help: "Products: lc (light curves), tpf (target pixel files) or all.")
    var products: ProductsArgument = .lc

    @Flag(help: "List the matching files without downloading them.")
    var list = false

    @OptionGroup var archive: ArchiveOptions

    func validate() throws {
        let segments = [sector, quarter, campaign].compactMap { $0 }
        guard segments.count <= 1 else { throw ValidationError("give at most one of --sector, --quarter, --campaign") }
        if let segment = segments.first, segment < 0 { throw ValidationError("the segment must be >= 0, got \(segment)") }
    }

    func run() async throws {
        var missions = mission.map(\.mission)
        if missions.isEmpty {
            if sector != nil { missions = [.tess] }
            if quarter != nil { missions = [.kepler] }
            if campaign != nil { missions = [.k2] }
        }
        let client = MastClient(transport: archive.transport)
        let cache = archive.archiveCache
        var failures = 0
        for target in targets {
            let query = ProductQuery(target: TargetIdentifier(parsing: target), missions: missions,
                                     segment: sector ?? quarter ?? campaign, kinds: products.kinds)
            do {
                let found = try await client.search(query)
                for product in found {
                    if list {
                        print("\(product.fileName)\t\(product.size.map(String.init) ?? "?")\t\(product.dataURI)")
                    } else {
                        let cached = cache.contains(product)
                        let url = try await client.download(product, into: cache)
                        FileHandle.standardError.write(Data("\(cached ? "cached" : "fetched") \(product.fileName)\n".utf8))
                        print(url.path)
                    }
                }
            } catch {
                failures += 1
                StandardError.error(error)
                if case ArchiveError.offline = error { throw ExitCode.failure }
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
