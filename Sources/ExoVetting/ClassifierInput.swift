import ExoClassifier
import ExoDiagnostics
import ExoSearch
import ExoViews

/// One signal as the classifier sees it: the signal as reported, its views and scalar features
/// (``VettingPipeline/classifierInputs(lightCurve:)``).
public struct ClassifierInput: Sendable {
    /// The signal, at twice the search's period when ``twicePeriod`` finds a binary there.
    public var signal: TransitSignal
    /// The twice-the-period measurement (nil when it could not be made).
    public var twicePeriod: TwicePeriod?
    /// The views (nil when too few points to make them: the classifier is not run).
    public var views: TransitViews?
    /// Period, duration, SNR and odd/even depth change, as the classifier's scalar inputs.
    public var features: ScalarFeatures
}
