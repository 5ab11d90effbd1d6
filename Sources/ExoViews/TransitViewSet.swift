/// The three normalised views a classifier reads: global, local and secondary.
public struct TransitViewSet: Codable, Equatable, Sendable {
    /// The whole orbit folded and binned, transit at the centre.
    public var global: [Float]
    /// ± a few durations around the transit.
    public var local: [Float]
    /// ± a few durations around the strongest secondary eclipse candidate.
    public var secondary: [Float]

    /// A view set from its views.
    public init(global: [Float], local: [Float], secondary: [Float]) {
        self.global = global
        self.local = local
        self.secondary = secondary
    }

    /// The lengths of the views.
    public var sizes: ViewSizes { ViewSizes(global: global.count, local: local.count, secondary: secondary.count) }
}
