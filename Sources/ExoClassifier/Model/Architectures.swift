import ExoNN
import ExoViews

/// The networks of the two model kinds, built from ExoNN layers.
public enum Architectures {
    /// The `astronet` multi-column 1-D CNN (after Yu et al. 2019, narrowed to train on two CPU
    /// cores): inputs global `[N,1,G]`, local `[N,1,L]`, secondary `[N,1,S]`, scalars `[N,k]`;
    /// output logits `[N,3]` (PC, EB, J).
    ///
    /// Columns: global = 3 blocks of two 5-tap convolutions (8, 16, 32 channels) each followed by
    /// max-pool 5 / stride 2; local and secondary = 2 blocks (16, 32 channels) with max-pool 7 /
    /// stride 2; scalars pass through. Head: Dense 128, ReLU, Dropout 0.3, Dense 64, ReLU, Dense 3.
    public static func astronet(viewSizes: ViewSizes = .tess, scalarCount: Int = ScalarFeatures.scaledCount,
                                dropoutSeed: UInt64 = 0) -> MultiInputModel {
        func column(channels: [Int], pool: Int, length: Int) -> (Sequential, Int) {
            var layers: [any Layer] = []
            var inputChannels = 1, currentLength = length
            for outputChannels in channels {
                layers.append(Conv1D(inputChannels: inputChannels, outputChannels: outputChannels, kernelSize: 5))
                layers.append(ReLU())
                layers.append(Conv1D(inputChannels: outputChannels, outputChannels: outputChannels, kernelSize: 5))
                layers.append(ReLU())
                layers.append(MaxPool1D(size: pool, stride: 2))
                currentLength = (currentLength - pool) / 2 + 1
                inputChannels = outputChannels
            }
            return (Sequential(layers), inputChannels * currentLength)
        }
        let (global, globalFeatures) = column(channels: [8, 16, 32], pool: 5, length: viewSizes.global)
        let (local, localFeatures) = column(channels: [16, 32], pool: 7, length: viewSizes.local)
        let (secondary, secondaryFeatures) = column(channels: [16, 32], pool: 7, length: viewSizes.secondary)
        let joined = globalFeatures + localFeatures + secondaryFeatures + scalarCount
        let head = Sequential([
            Dense(inputFeatures: joined, outputFeatures: 128), ReLU(), Dropout(rate: 0.3, seed: dropoutSeed),
            Dense(inputFeatures: 128, outputFeatures: 64), ReLU(),
            Dense(inputFeatures: 64, outputFeatures: 3, initializer: .glorotUniform),
        ])
        return MultiInputModel(columns: [global, local, secondary, Sequential()], head: head)
    }

    /// The hobby baseline, layer for layer: input `[N,3,32,32]`, Conv2D 32 3×3 (valid) + ReLU,
    /// MaxPool 2×2 stride 2, Flatten, Dense 64 + ReLU, Dense 2 (logits: not planet, planet).
    public static func seed(imageSize: Int = SeedImage.size) -> Sequential {
        let pooled = (imageSize - 2) / 2
        return Sequential([
            Conv2D(inputChannels: 3, outputChannels: 32, kernelSize: 3), ReLU(),
            MaxPool2D(size: 2, stride: 2), Flatten(),
            Dense(inputFeatures: 32 * pooled * pooled, outputFeatures: 64), ReLU(),
            Dense(inputFeatures: 64, outputFeatures: 2, initializer: .glorotUniform),
        ])
    }
}
