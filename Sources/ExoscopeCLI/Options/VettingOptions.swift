import ArgumentParser
import Exoscope
import Foundation

/// The search and model options shared by `vet` and `plot` (`@OptionGroup var vetting: VettingOptions`).
struct VettingOptions: ParsableArguments {
    @OptionGroup var search: SearchOptions

    @Option(help: "Classifier: a model file, 'default' (the bundled model) or 'seed' (the original hobby project's picture model).")
    var model: String = "default"

    /// The pipeline settings these options describe.
    func configuration(flux: FluxColumn, quality: QualityMask, keepsReportData: Bool) -> VettingConfiguration {
        var configuration = VettingConfiguration()
        configuration.flux = flux
        configuration.quality = quality
        configuration.search = search.configuration
        configuration.model = ModelChoice(argument: model)
        configuration.keepsReportData = keepsReportData
        return configuration
    }
}
