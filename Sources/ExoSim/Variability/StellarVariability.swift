import ExoRandom

/// Everything the star itself does: spots, pulsations, granulation and flares.
///
/// The spot and granulation realisations are drawn from `generator` when the signal is made; the
/// pulsation modes and flares are stored explicitly.
public struct StellarVariability: Sendable, Codable, Equatable {
    /// Rotational spot modulation, if any.
    public var spots: SpotModulation?
    /// Coherent pulsation modes.
    public var pulsations: [PulsationMode]
    /// Correlated granulation-like noise, if any.
    public var granulation: Granulation?
    /// Flares.
    public var flares: [Flare]

    /// A star with the given variability (none by default).
    public init(spots: SpotModulation? = nil, pulsations: [PulsationMode] = [], granulation: Granulation? = nil,
                flares: [Flare] = []) {
        self.spots = spots
        self.pulsations = pulsations
        self.granulation = granulation
        self.flares = flares
    }

    /// The multiplicative flux factor (1 + variation) at each of `times`.
    public func factor(at times: [Double], generator: inout SeededGenerator) -> [Double] {
        var spotStream = generator.split(stream: 1)
        var granulationStream = generator.split(stream: 2)
        var result = [Double](repeating: 1, count: times.count)
        if let spots {
            let s = spots.signal(at: times, generator: &spotStream)
            for i in result.indices { result[i] += s[i] }
        }
        if let granulation {
            let g = granulation.signal(at: times, generator: &granulationStream)
            for i in result.indices { result[i] += g[i] }
        }
        if !pulsations.isEmpty {
            for i in result.indices {
                for mode in pulsations { result[i] += mode.value(at: times[i]) }
            }
        }
        for flare in flares {
            for i in result.indices where times[i] >= flare.peakTime - flare.riseTime
                && times[i] <= flare.peakTime + 30 * flare.decayTime {
                result[i] += flare.value(at: times[i])
            }
        }
        return result
    }
}
