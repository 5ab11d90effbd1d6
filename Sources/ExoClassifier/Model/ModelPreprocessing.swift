import ExoViews

/// What a model file records about its inputs, so a loaded model is fed exactly as in training.
public struct ModelPreprocessing: Codable, Equatable, Sendable {
    /// The architecture family.
    public var kind: VettingModelKind
    /// The view lengths the model reads.
    public var viewSizes: ViewSizes
    /// Number of scaled scalar features (``ScalarFeatures/scaledCount`` when written).
    public var scalarFeatureCount: Int
    /// Side of the square picture of the `seed` model, pixels.
    public var imageSize: Int

    /// Preprocessing for `kind` with the TESS view sizes.
    public init(kind: VettingModelKind, viewSizes: ViewSizes = .tess, scalarFeatureCount: Int = ScalarFeatures.scaledCount,
                imageSize: Int = SeedImage.size) {
        self.kind = kind
        self.viewSizes = viewSizes
        self.scalarFeatureCount = scalarFeatureCount
        self.imageSize = imageSize
    }
}
