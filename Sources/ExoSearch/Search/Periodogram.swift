/// The first pass's periodogram, for plots: power and the normalised spectrum the SDE is read from.
public struct Periodogram: Sendable, Codable, Equatable {
    /// Trial periods, days, ascending.
    public var periods: [Double]
    /// BLS power (the configured objective) per period.
    public var power: [Double]
    /// `(s − running median − mean) / std` of the power `s`: its maximum is the SDE.
    public var sde: [Double]

    enum CodingKeys: String, CodingKey {
        case periods, power, sde
    }
}
