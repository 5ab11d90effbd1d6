import Foundation

extension VettingModel {
    /// The original hobby project's picture model, shipped for comparison: the global view drawn
    /// as a 32×32×3 image (``SeedImage``), one convolution, one hidden dense layer, two classes
    /// (not planet, planet). Trained on the TESS vetting set's training split with `--seed 1`
    /// (see `docs/classifier.md` for its numbers and the command that retrains it). Its
    /// probabilities have `eb` = 0 and `j` = 1 − `pc`. Built into the executable; loaded once, then shared.
    public static var seed: VettingModel {
        get throws { try seedModel.get() }
    }

    private static let seedModel: Result<VettingModel, Error> = Result {
        try VettingModel.read(file: "seed-model.safetensors", read: EmbeddedModelFiles.read)
    }
}
