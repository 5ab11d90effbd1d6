import ExoNN
import ExoRandom
import ExoViews

/// One example as a model reads it: views and scaled scalar features, before batching.
struct ModelExample {
    var global: [Float]
    var local: [Float]
    var secondary: [Float]
    var scalars: [Float]

    init(views: TransitViewSet, features: ScalarFeatures) {
        global = views.global
        local = views.local
        secondary = views.secondary
        scalars = features.scaled
    }

    /// Time reversal: the views mirrored about their centres.
    mutating func reverse() {
        global.reverse()
        local.reverse()
        secondary.reverse()
    }

    /// Adds Gaussian noise of standard deviation `sigma` to every view value.
    mutating func addNoise(sigma: Double, generator: inout SeededGenerator) {
        for i in global.indices { global[i] += Float(sigma * generator.nextGaussian()) }
        for i in local.indices { local[i] += Float(sigma * generator.nextGaussian()) }
        for i in secondary.indices { secondary[i] += Float(sigma * generator.nextGaussian()) }
    }

    /// Replaces the secondary view with a planet's occultation seen in precise photometry: a
    /// flat-bottomed dip one transit duration long (the occultation of a circular orbit lasts as
    /// long as the transit) at the view's centre, where the secondary search puts the deepest dip,
    /// with an ingress of 5-25% of the duration, white noise of 5-40% of the dip's depth, then the
    /// views' normalisation (median 0, minimum -1).
    ///
    /// The secondary view spans ±`halfSpanInDurations` transit durations.
    mutating func replaceSecondaryWithOccultation(generator: inout SeededGenerator, halfSpanInDurations: Double = 4) {
        let n = secondary.count
        guard n > 2 else { return }
        let binWidth = 2 * halfSpanInDurations / Double(n - 1)
        let centre = (generator.nextUniform() - 0.5) * binWidth
        let ingress = 0.05 + 0.2 * generator.nextUniform()
        let noise = 0.05 + 0.35 * generator.nextUniform()
        var values = (0..<n).map { i -> Double in
            let distance = abs(-halfSpanInDurations + Double(i) * binWidth - centre)
            let depth = min(max((0.5 - distance) / ingress, 0), 1)
            return -depth + noise * generator.nextGaussian()
        }
        let median = values.sorted()[n / 2]
        let scale = median - (values.min() ?? median - 1)
        guard scale > 0 else { return }
        for i in 0..<n { values[i] = (values[i] - median) / scale }
        secondary = values.map(Float.init)
    }
}

/// Stacks examples into the input tensors of a model kind.
enum ModelInput {
    /// The inputs of `kind` for `examples`: four tensors for `astronet`, one picture tensor for `seed`.
    static func tensors(_ examples: [ModelExample], kind: VettingModelKind, imageSize: Int = SeedImage.size) -> [Tensor] {
        let n = examples.count
        switch kind {
        case .astronet:
            func stack(_ rows: [[Float]], asViews: Bool) -> Tensor {
                let width = rows.first?.count ?? 0
                var scalars = [Float]()
                scalars.reserveCapacity(n * width)
                for row in rows { scalars.append(contentsOf: row) }
                return Tensor(shape: asViews ? [n, 1, width] : [n, width], scalars: scalars)
            }
            return [stack(examples.map(\.global), asViews: true), stack(examples.map(\.local), asViews: true),
                    stack(examples.map(\.secondary), asViews: true), stack(examples.map(\.scalars), asViews: false)]
        case .seed:
            var scalars = [Float]()
            scalars.reserveCapacity(n * 3 * imageSize * imageSize)
            for example in examples { scalars.append(contentsOf: SeedImage.render(example.global, size: imageSize)) }
            return [Tensor(shape: [n, 3, imageSize, imageSize], scalars: scalars)]
        }
    }
}
