import ArgumentParser
import Exoscope
import Foundation

/// The search and model options shared by `vet` and `plot` (`@OptionGroup var vetting: VettingOptions`).
struct VettingOptions: ParsableArguments {
    @OptionGroup var search: SearchOptions

    @OptionGroup var classifier: ClassifierModelOptions

    /// The pipeline settings these options describe.
    func configuration(reading: LightCurveOptions, keepsReportData: Bool) -> VettingConfiguration {
        var configuration = VettingConfiguration()
        configuration.flux = reading.flux
        configuration.quality = reading.quality
        configuration.textColumns = reading.textColumns
        configuration.search = search.configuration
        configuration.model = classifier.choice
        configuration.keepsReportData = keepsReportData
        return configuration
    }
}
