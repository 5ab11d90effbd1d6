import ExoNN

/// The AstroNet-size network of the benchmark (Yu et al. 2019 columns), mirrored in
/// `scripts/bench_torch.py`:
/// - global view `[N,1,201]`: 5 blocks of 2 × (Conv1D k5 same + ReLU) + MaxPool1D(5, stride 2);
///   16, 32, 64, 128, 256 filters → `[N,256,3]`;
/// - local and secondary views `[N,1,61]`: 2 blocks, 16 and 32 filters, MaxPool1D(7, stride 2) → `[N,32,11]`;
/// - scalar features `[N,4]`;
/// - head: 4 × (Dense 512 + ReLU), Dense 3.
enum AstroNetModel {
    static let scalarFeatures = 4

    static func column(blocks: [Int], poolSize: Int) -> Sequential {
        var channels = 1
        var layers: [any Layer] = []
        for filters in blocks {
            layers += [Conv1D(inputChannels: channels, outputChannels: filters, kernelSize: 5), ReLU(),
                       Conv1D(inputChannels: filters, outputChannels: filters, kernelSize: 5), ReLU(),
                       MaxPool1D(size: poolSize, stride: 2)]
            channels = filters
        }
        return Sequential(layers)
    }

    static func make(seed: UInt64) -> MultiInputModel {
        let concatenated = 256 * 3 + 2 * 32 * 11 + scalarFeatures
        let model = MultiInputModel(
            columns: [
                column(blocks: [16, 32, 64, 128, 256], poolSize: 5),
                column(blocks: [16, 32], poolSize: 7),
                column(blocks: [16, 32], poolSize: 7),
                Sequential(),
            ],
            head: Sequential {
                Dense(inputFeatures: concatenated, outputFeatures: 512)
                ReLU()
                for _ in 0..<3 {
                    Dense(inputFeatures: 512, outputFeatures: 512)
                    ReLU()
                }
                Dense(inputFeatures: 512, outputFeatures: 3, initializer: .glorotUniform)
            })
        model.initializeParameters(seed: seed)
        return model
    }
}
