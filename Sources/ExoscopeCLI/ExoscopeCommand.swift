import ArgumentParser

/// The `exoscope` command: finds and vets transiting exoplanets in Kepler, K2 and TESS photometry.
@main
struct ExoscopeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exoscope",
        abstract: "Find and vet transiting exoplanets in Kepler, K2 and TESS light curves.",
        subcommands: [
            InfoCommand.self,
            LightcurveCommand.self,
            FetchCommand.self,
            CatalogCommand.self,
            BatchCommand.self,
            MergeCommand.self,
            SearchCommand.self,
            VetCommand.self,
            PlotCommand.self,
            DemoCommand.self,
            TrainCommand.self,
            CrossvalCommand.self,
            EvaluateCommand.self,
            PredictCommand.self,
            DatasetCommand.self,
            SimulateCommand.self,
            InjectCommand.self,
            RecoveryCommand.self,
        ]
    )

    // Not `CommandConfiguration.version`: that text is built on every run, and the model's identity
    // costs a pass over its bytes.
    @Flag(help: "Print the version, the built-in default model's identity and the threads this process may use.")
    var version = false

    func run() async throws {
        guard version else { throw CleanExit.helpRequest(self) }
        print(VersionText.text)
    }

    /// Parses the arguments and runs the command; its errors become messages and exit statuses in
    /// one place, ``CommandFailure``.
    static func main() async {
        let parsed: ParsableCommand
        do {
            parsed = try await asyncParseAsRoot(nil)
        } catch {
            exit(withError: error)
        }
        do {
            var command = parsed
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: CommandFailure.exitError(for: error))
        }
    }
}
