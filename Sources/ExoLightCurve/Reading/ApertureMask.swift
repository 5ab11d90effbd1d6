import ExoBasics

/// Aperture selection and summation over pixel cubes stored row by row (`rows × pixels` floats).
enum ApertureMask {
    /// Per-cadence sum of the finite pixels in `mask` and sqrt of the summed squared errors.
    /// A cadence with no finite aperture pixel gets NaN.
    static func sum(flux: [Float], error: [Float]?, mask: [Bool], rows: Int) -> ([Double], [Double]) {
        let pixels = mask.count
        let selected = mask.indices.filter { mask[$0] }
        var sums = [Double](repeating: .nan, count: rows)
        var errors = [Double](repeating: .nan, count: rows)
        let noErrors = [Float](repeating: .nan, count: flux.count)
        flux.withUnsafeBufferPointer { f in
            (error ?? noErrors).withUnsafeBufferPointer { e in
                selected.withUnsafeBufferPointer { selected in
                    for row in 0..<rows {
                        let base = row * pixels
                        var total = 0.0, variance = 0.0, finite = 0
                        for p in selected {
                            let v = f[base + p]
                            if v.isFinite {
                                total += Double(v)
                                let sigma = Double(e[base + p])
                                variance += sigma * sigma
                                finite += 1
                            }
                        }
                        if finite > 0 {
                            sums[row] = total
                            errors[row] = variance.squareRoot()
                        }
                    }
                }
            }
        }
        return (sums, errors)
    }

    /// lightkurve-style threshold mask over the per-pixel median image.
    static func threshold(flux: [Float], pixels: Int, width: Int, sigma: Double) -> [Bool] {
        guard pixels > 0 else { return [] }
        let rows = flux.count / pixels
        var image = [Double](repeating: .nan, count: pixels)
        var column: [Double] = []
        column.reserveCapacity(rows)
        for p in 0..<pixels {
            column.removeAll(keepingCapacity: true)
            for row in 0..<rows {
                let v = flux[row * pixels + p]
                if v.isFinite { column.append(Double(v)) }
            }
            image[p] = RobustStatistics.median(column)
        }
        let finite = image.filter(\.isFinite)
        guard !finite.isEmpty else { return [Bool](repeating: false, count: pixels) }
        let center = RobustStatistics.median(finite)
        let mad = RobustStatistics.standardDeviation(finite)
        var mask = image.map { $0.isFinite && $0 > center + sigma * mad }
        if mad == 0 { mask = image.map { $0.isFinite && $0 > center } }
        return largestRegionNearCenter(mask, width: max(1, width))
    }

    /// Keeps the 4-connected region of `mask` whose pixel lies nearest the image centre.
    private static func largestRegionNearCenter(_ mask: [Bool], width: Int) -> [Bool] {
        let height = mask.count / width
        guard height > 0 else { return mask }
        let cx = Double(width - 1) / 2, cy = Double(height - 1) / 2
        var best: Int?
        var bestDistance = Double.infinity
        for i in mask.indices where mask[i] {
            let dx = Double(i % width) - cx, dy = Double(i / width) - cy
            let d = dx * dx + dy * dy
            if d < bestDistance { bestDistance = d; best = i }
        }
        guard let start = best else { return mask }
        var region = [Bool](repeating: false, count: mask.count)
        var stack = [start]
        region[start] = true
        while let i = stack.popLast() {
            let x = i % width, y = i / width
            for (nx, ny) in [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)]
            where nx >= 0 && nx < width && ny >= 0 && ny < height {
                let j = ny * width + nx
                if mask[j] && !region[j] { region[j] = true; stack.append(j) }
            }
        }
        return region
    }
}
