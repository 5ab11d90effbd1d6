import Foundation

/// Fraction of injections recovered per (period, SNR) bin, and per SNR bin over all periods.
public struct RecoveryTable: Sendable, Codable, Equatable {
    /// Period bin edges, days.
    public var periodEdges: [Double]
    /// SNR bin edges.
    public var snrEdges: [Double]
    /// Injections per [period bin][SNR bin].
    public var injected: [[Int]]
    /// Recoveries per [period bin][SNR bin].
    public var recovered: [[Int]]

    /// Tallies `trials` into the bins of `configuration`.
    public init(trials: [RecoveryTrial], configuration: RecoveryConfiguration) {
        periodEdges = configuration.periodEdges
        snrEdges = configuration.snrEdges
        let rows = max(periodEdges.count - 1, 0), columns = max(snrEdges.count - 1, 0)
        injected = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        recovered = injected
        for trial in trials where trial.periodBin < rows && trial.snrBin < columns {
            injected[trial.periodBin][trial.snrBin] += 1
            if trial.recovered { recovered[trial.periodBin][trial.snrBin] += 1 }
        }
    }

    /// Recovered fraction over all periods for each SNR bin (NaN where nothing was injected).
    public var fractionBySNR: [Double] {
        (0..<(snrEdges.count - 1)).map { j in
            let n = injected.reduce(0) { $0 + $1[j] }
            let r = recovered.reduce(0) { $0 + $1[j] }
            return n > 0 ? Double(r) / Double(n) : .nan
        }
    }

    /// Recovered fraction and count over all bins whose SNR is at least `snr` (a bin edge).
    public func fraction(snrAtLeast snr: Double) -> (fraction: Double, recovered: Int, injected: Int) {
        var n = 0, r = 0
        for j in 0..<(snrEdges.count - 1) where snrEdges[j] >= snr {
            for i in injected.indices {
                n += injected[i][j]
                r += recovered[i][j]
            }
        }
        return (n > 0 ? Double(r) / Double(n) : .nan, r, n)
    }

    /// A Markdown table: rows are period bins, columns SNR bins, cells "recovered/injected (percent)",
    /// and a last row over all periods.
    public func markdown() -> String {
        func range(_ edges: [Double], _ i: Int, digits: Int) -> String {
            String(format: "%.\(digits)f-%.\(digits)f", edges[i], edges[i + 1])
        }
        let columns = snrEdges.count - 1
        var lines = ["| period (d) \\ SNR | " + (0..<columns).map { range(snrEdges, $0, digits: 0) }.joined(separator: " | ") + " |",
                     "|---|" + String(repeating: "---|", count: columns)]
        func cell(_ r: Int, _ n: Int) -> String {
            n == 0 ? "-" : String(format: "%d/%d (%.0f%%)", r, n, 100 * Double(r) / Double(n))
        }
        for i in injected.indices {
            lines.append("| " + range(periodEdges, i, digits: 1) + " | "
                + (0..<columns).map { cell(recovered[i][$0], injected[i][$0]) }.joined(separator: " | ") + " |")
        }
        let totals = (0..<columns).map { j in
            cell(recovered.reduce(0) { $0 + $1[j] }, injected.reduce(0) { $0 + $1[j] })
        }
        lines.append("| all | " + totals.joined(separator: " | ") + " |")
        return lines.joined(separator: "\n")
    }
}
