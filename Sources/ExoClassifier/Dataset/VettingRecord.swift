import ExoViews
import Foundation

/// One labelled threshold-crossing event as the TESS vetting set stores it: three views, scalar
/// features and the disposition.
public struct VettingRecord: Sendable {
    /// The set's row identifier (`row_id`), or -1 when absent.
    public var rowID: Int64
    /// TESS Input Catalog (or KIC) identifier of the star (`tic_id`, or `kepid` for Kepler), -1 when absent.
    public var ticID: Int64
    /// The disposition, nil when the record has none (unlabelled data for prediction).
    public var label: VettingLabel?
    /// Global, local and secondary views.
    public var views: TransitViewSet
    /// The scalar features.
    public var features: ScalarFeatures

    /// A record from its parts.
    public init(rowID: Int64, ticID: Int64, label: VettingLabel?, views: TransitViewSet, features: ScalarFeatures) {
        self.rowID = rowID
        self.ticID = ticID
        self.label = label
        self.views = views
        self.features = features
    }

    /// Feature names of the TESS set.
    public enum Key {
        public static let globalView = "global_view"
        public static let localView = "local_view"
        public static let secondaryView = "secondary_view"
        public static let disposition = "Disposition"
    }

    /// Reads a record from a decoded example; `path` and `index` name it in errors.
    ///
    /// The views must have the lengths of `viewSizes`; missing scalar features fall back to the
    /// defaults of ``ScalarFeatures``, except that the three views are required.
    public init(example: TFExample, path: String, index: Int, viewSizes: ViewSizes = .tess, requireLabel: Bool = true) throws {
        func view(_ name: String, count: Int) throws -> [Float] {
            guard let feature = example[name] else {
                throw ClassifierError.missingFeature(path: path, index: index, feature: name)
            }
            guard let values = feature.floatValues else {
                throw ClassifierError.badFeature(path: path, index: index, feature: name, reason: "must be a float list, got bytes")
            }
            guard values.count == count else {
                throw ClassifierError.badFeature(
                    path: path, index: index, feature: name, reason: "must have \(count) values, got \(values.count)")
            }
            return values
        }
        func scalar(_ name: String) -> Double? {
            example[name]?.doubleValues?.first
        }
        views = TransitViewSet(
            global: try view(Key.globalView, count: viewSizes.global),
            local: try view(Key.localView, count: viewSizes.local),
            secondary: try view(Key.secondaryView, count: viewSizes.secondary))
        // Ids are whole numbers; a damaged one (NaN, infinite, beyond Int64) is an error, not a trap.
        func identifier(_ names: String...) throws -> Int64 {
            guard let name = names.first(where: { scalar($0) != nil }), let value = scalar(name) else { return -1 }
            guard let id = Int64(exactly: value.rounded(.towardZero)) else {
                throw ClassifierError.badFeature(path: path, index: index, feature: name, reason: "must be a whole number, got \(value)")
            }
            return id
        }
        rowID = try identifier("row_id")
        ticID = try identifier("tic_id", "kepid")
        if let text = example[Key.disposition]?.firstText ?? example["av_training_set"]?.firstText {
            guard let parsed = VettingLabel(disposition: text) else {
                throw ClassifierError.badFeature(
                    path: path, index: index, feature: Key.disposition, reason: "must be PC, EB or J, got '\(text)'")
            }
            label = parsed
        } else if requireLabel {
            throw ClassifierError.missingFeature(path: path, index: index, feature: Key.disposition)
        } else {
            label = nil
        }
        let defaults = ScalarFeatures()
        features = ScalarFeatures(
            period: scalar("Period") ?? defaults.period,
            duration: scalar("Duration") ?? defaults.duration,
            signalToNoise: scalar("SN") ?? defaults.signalToNoise,
            depthChange: scalar("depth_change") ?? defaults.depthChange,
            ingressFraction: scalar("Qingress") ?? defaults.ingressFraction)
        epoch = scalar("Epoc") ?? .nan
    }

    /// Transit epoch (BTJD for TESS), NaN when absent; kept for writing records back.
    public var epoch: Double = .nan

    /// The record as a `tf.train.Example` with the TESS set's feature names.
    public func example() -> TFExample {
        var example = TFExample()
        example[Key.globalView] = .floats(views.global)
        example[Key.localView] = .floats(views.local)
        example[Key.secondaryView] = .floats(views.secondary)
        if let label { example[Key.disposition] = .text(label.rawValue) }
        example["row_id"] = .int64s([rowID])
        example["tic_id"] = .int64s([ticID])
        example["Period"] = .floats([Float(features.period)])
        example["Epoc"] = .floats([Float(epoch)])
        example["Duration"] = .floats([Float(features.duration)])
        example["SN"] = .floats([Float(features.signalToNoise)])
        example["depth_change"] = .floats([Float(features.depthChange)])
        example["Qingress"] = .floats([Float(features.ingressFraction)])
        return example
    }
}
