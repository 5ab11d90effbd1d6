import ArgumentParser
import Exoscope
import Foundation

/// `--model MODEL`: a classifier file, or `seed` for the bundled seed model; the bundled default model when absent.
struct ClassifierModelOptions: ParsableArguments {
    @Option(name: .long,
            help: "Classifier model file (.safetensors or ensemble manifest), or 'seed'; default: the bundled model.")
    var model: String?

    /// The chosen model.
    func load() throws -> VettingModel {
        guard let model else { return try VettingModel.default }
        if model.lowercased() == "seed" { return try VettingModel.seed }
        return try VettingModel.load(contentsOf: URL(fileURLWithPath: model))
    }
}

/// Runs `body`; on failure prints `error: <message>` on standard error and exits with status 1.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        throw ExitCode.failure
    }
}

extension VettingModelKind: ExpressibleByArgument {}
