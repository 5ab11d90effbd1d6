import Foundation

extension VettingModel {
    /// The classifier shipped with Exoscope: an `astronet` ensemble of 5 networks trained on the
    /// TESS vetting set's training split and selected on its validation split (see
    /// `docs/classifier.md` for its numbers and the command that retrains it). Loaded once, then
    /// shared.
    public static var `default`: VettingModel {
        get throws { try defaultModel.get() }
    }

    /// The bundled file the default model is read from.
    public static var defaultModelURL: URL? {
        Bundle.module.url(forResource: "default-model", withExtension: "json")
            ?? Bundle.module.url(forResource: "default-model", withExtension: "safetensors")
    }

    private static let defaultModel: Result<VettingModel, Error> = Result {
        guard let url = defaultModelURL else {
            throw ClassifierError.badModel(path: "default-model", reason: "the bundled default model is missing")
        }
        return try VettingModel.load(contentsOf: url)
    }
}
