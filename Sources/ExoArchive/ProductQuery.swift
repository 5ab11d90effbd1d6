import ExoLightCurve

/// Which MAST products to list for one target.
public struct ProductQuery: Sendable, Hashable {
    /// The star.
    public var target: TargetIdentifier
    /// Missions to search (all three when empty).
    public var missions: [Mission]
    /// Only this TESS sector, K2 campaign or Kepler quarter (all when nil).
    public var segment: Int?
    /// Kinds of files wanted.
    public var kinds: Set<ProductKind>

    public init(
        target: TargetIdentifier, missions: [Mission] = [], segment: Int? = nil, kinds: Set<ProductKind> = [.lightCurve]
    ) {
        self.target = target
        self.missions = missions
        self.segment = segment
        self.kinds = kinds
    }

    /// The missions searched: the given ones, else the target's own catalogue's mission, else all three.
    var effectiveMissions: [Mission] {
        if !missions.isEmpty { return missions }
        if let mission = target.mission { return [mission] }
        return [.kepler, .k2, .tess]
    }

    /// A short description for messages, e.g. "TESS light-curve sector 1".
    var summary: String {
        let missionText = effectiveMissions.map(\.rawValue).joined(separator: "/")
        let kindText = kinds.sorted { $0.rawValue < $1.rawValue }.map(\.rawValue).joined(separator: "+")
        return "\(missionText) \(kindText)" + (segment.map { " segment \($0)" } ?? "")
    }
}
