/// A light curve folded on a period: phase in days from the transit centre, sorted.
///
/// A distinct type from ``LightCurve`` so a phase is never mistaken for a time.
public struct FoldedLightCurve: Sendable {
    /// Days from the nearest transit centre, in [-period/2, period/2), ascending.
    public var phase: [Double]
    /// Flux at each phase.
    public var flux: [Double]
    /// Transit number of each point (0 for the transit at `epoch`, negative before it).
    public var cycle: [Int]
    /// Folding period, days.
    public var period: Double
    /// Epoch of the transit at phase 0, in the light curve's time system.
    public var epoch: Double

    /// Number of points.
    public var count: Int { phase.count }

    /// A folded light curve from its columns (`phase` ascending).
    public init(phase: [Double], flux: [Double], cycle: [Int], period: Double, epoch: Double) {
        self.phase = phase
        self.flux = flux
        self.cycle = cycle
        self.period = period
        self.epoch = epoch
    }

    /// The points whose transit number is even (`true`) or odd (`false`).
    public func parity(even: Bool) -> FoldedLightCurve {
        var result = FoldedLightCurve(phase: [], flux: [], cycle: [], period: period, epoch: epoch)
        for i in 0..<count where (cycle[i] & 1 == 0) == even {
            result.phase.append(phase[i])
            result.flux.append(flux[i])
            result.cycle.append(cycle[i])
        }
        return result
    }
}

extension LightCurve {
    /// The finite points folded on `period` (days) around `epoch` (the light curve's time system).
    public func folded(period: Double, epoch: Double) -> FoldedLightCurve {
        var points: [(Double, Double, Int)] = []
        points.reserveCapacity(count)
        let half = period / 2
        for i in indices where time[i].isFinite && flux[i].isFinite {
            let shifted = time[i] - epoch + half
            let cycle = (shifted / period).rounded(.down)
            points.append((shifted - cycle * period - half, flux[i], Int(cycle)))
        }
        points.sort { $0.0 < $1.0 }
        return FoldedLightCurve(phase: points.map(\.0), flux: points.map(\.1), cycle: points.map(\.2),
                                period: period, epoch: epoch)
    }
}
