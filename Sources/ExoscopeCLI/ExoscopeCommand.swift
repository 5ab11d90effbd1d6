import ArgumentParser

/// The `exoscope` command: finds and vets transiting exoplanets in Kepler, K2 and TESS photometry.
@main
struct ExoscopeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exoscope",
        abstract: "Find and vet transiting exoplanets in Kepler, K2 and TESS light curves.",
        version: "0.1.0",
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
}
