import ExoReport
import Foundation

/// A synthetic star report with one box-shaped transit signal, for rendering tests.
enum SampleReport {
    static func make(points: Int = 20_000) -> StarReport {
        let period = 3.2, epoch = 1.1, duration = 0.12, depth = 0.004
        var time: [Double] = [], raw: [Double] = [], trend: [Double] = [], flat: [Double] = []
        var state: UInt64 = 12345
        func noise() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Double(state >> 11) / Double(1 << 53) - 0.5) * 0.002
        }
        for i in 0..<points {
            let t = Double(i) * 27.0 / Double(points)
            let phase = (t - epoch).truncatingRemainder(dividingBy: period)
            let folded = phase < -period / 2 ? phase + period : phase > period / 2 ? phase - period : phase
            let inTransit = abs(folded) < duration / 2
            let slow = 1 + 0.003 * sin(t / 2)
            let value = (inTransit ? 1 - depth : 1) + noise()
            time.append(t)
            trend.append(slow)
            raw.append(value * slow)
            flat.append(value)
        }
        let binsX = stride(from: -0.3, through: 0.3, by: 0.01).map { $0 }
        let binsY = binsX.map { abs($0) < duration / 2 ? 1 - depth : 1.0 }
        let local = FoldedPanel(title: "Local view", xLabel: "Phase (days)", yLabel: "Normalised flux",
                                points: BinnedPoints(x: binsX, y: binsY.map { $0 + noise() }),
                                binned: BinnedPoints(x: binsX, y: binsY, error: binsX.map { _ in 0.0003 }))
        let global = FoldedPanel(title: "Global view", xLabel: "Phase (days)", yLabel: "Normalised flux",
                                 points: BinnedPoints(x: [], y: []), binned: BinnedPoints(x: binsX.map { $0 * 5 }, y: binsY))
        let hours = binsX.map { $0 * 24 }
        let signal = SignalReport(
            number: 1, period: period, epoch: epoch, duration: duration, depth: depth, depthError: 0.0001,
            snr: 40, sde: 25, transitCount: 8, planetProbability: 0.91,
            classProbabilities: ["PC": 0.91, "EB": 0.06, "J": 0.03], verdict: "planet-candidate",
            reasons: ["classifier: P(planet) 0.91 <b>"], flags: [], panels: [global, local],
            odd: BinnedPoints(x: hours, y: binsY), even: BinnedPoints(x: hours, y: binsY), oddEvenSigma: 0.4)
        let periods = stride(from: 0.5, through: 13.0, by: 0.005).map { $0 }
        let power = periods.map { abs($0 - period) < 0.01 ? 50.0 : 5 + 3 * sin($0 * 7) }
        return StarReport(
            target: "TIC 123 & <friends>", mission: "TESS", timeLabel: "Time (BJD - 2457000, days)",
            rawCurve: CurveSeries(time: time, value: raw), trend: CurveSeries(time: time, value: trend),
            detrendedCurve: CurveSeries(time: time, value: flat),
            periodogram: PeriodogramSeries(period: periods, power: power, peaks: [period]),
            signals: [signal],
            provenance: Provenance(software: "Exoscope test", generated: "2026-01-01T00:00:00Z",
                                   files: [.init(path: "a.fits", bytes: 10)],
                                   settings: [.init(name: "detrender", value: "biweight 0.5 d")]))
    }
}
