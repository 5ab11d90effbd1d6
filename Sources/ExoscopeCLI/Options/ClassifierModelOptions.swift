import ArgumentParser
import Exoscope

/// `--model MODEL`, the one parser of a classifier choice: a model file (.safetensors or ensemble
/// manifest), `default` (the bundled model, also when absent) or `seed` (the original hobby project's
/// picture model). Shared by every command that classifies (`@OptionGroup var classifier: ClassifierModelOptions`).
struct ClassifierModelOptions: ParsableArguments {
    @Option(name: .long,
            help: "Classifier: a model file (.safetensors or ensemble manifest), 'default' (the bundled model) or 'seed' (the original hobby project's picture model).")
    var model: String = "default"

    /// The chosen classifier.
    var choice: ModelChoice { ModelChoice(argument: model) }

    /// The chosen model, loaded.
    func load() throws -> VettingModel {
        try choice.load()
    }
}

extension VettingModelKind: ExpressibleByArgument {}
