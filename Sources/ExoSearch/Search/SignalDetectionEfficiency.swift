import Foundation

/// Signal detection efficiency (Alcock et al. 2000; Hippke & Heller 2019): how far the highest
/// peak of a periodogram stands above the rest, in standard deviations.
public enum SignalDetectionEfficiency {
    /// The normalised spectrum: the detection statistic minus its running median over
    /// `kernel` periods (which removes the slow rise of BLS power with period), then standardised.
    /// Its maximum is the SDE.
    ///
    /// - Parameter statistic: per period, e.g. `√(2·log-likelihood)`; non-finite values count as 0.
    public static func spectrum(_ statistic: [Double], kernel: Int = 101) -> [Double] {
        let n = statistic.count
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        let s = statistic.map { $0.isFinite ? $0 : 0 }
        let trend = runningMedian(s, kernel: min(kernel | 1, (n - 1) | 1))
        var detrended = (0..<n).map { s[$0] - trend[$0] }
        let mean = detrended.reduce(0, +) / Double(n)
        var variance = 0.0
        for v in detrended { variance += (v - mean) * (v - mean) }
        let std = (variance / Double(n)).squareRoot()
        guard std > 0 else { return [Double](repeating: 0, count: n) }
        for i in 0..<n { detrended[i] = (detrended[i] - mean) / std }
        return detrended
    }

    /// Running median over `kernel` values, evaluated every `kernel / 8` values and linearly
    /// interpolated between (the trend is smooth on that scale).
    static func runningMedian(_ values: [Double], kernel: Int) -> [Double] {
        let n = values.count
        let half = kernel / 2
        let step = max(1, kernel / 8)
        var anchors: [Int] = Array(stride(from: 0, to: n, by: step))
        if anchors.last != n - 1 { anchors.append(n - 1) }
        var window: [Double] = []
        window.reserveCapacity(kernel)
        let medians = anchors.map { i -> Double in
            let lo = max(0, i - half), hi = min(n, i + half + 1)
            window.removeAll(keepingCapacity: true)
            window.append(contentsOf: values[lo..<hi])
            window.sort()
            let m = window.count
            return m % 2 == 1 ? window[m / 2] : 0.5 * (window[m / 2 - 1] + window[m / 2])
        }
        var result = [Double](repeating: 0, count: n)
        for a in 0..<(anchors.count - 1) {
            let i0 = anchors[a], i1 = anchors[a + 1]
            for i in i0...i1 {
                let f = Double(i - i0) / Double(max(i1 - i0, 1))
                result[i] = medians[a] + f * (medians[a + 1] - medians[a])
            }
        }
        if anchors.count == 1 { result[0] = medians[0] }
        return result
    }
}
