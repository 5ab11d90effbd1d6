import Foundation

/// The hyper-parameters of one layer: what model files store as architecture, and what rebuilds
/// the layer (`makeLayer()`). Encoded as JSON with the case name as key, for example
/// `{"conv1D":{"inputChannels":1,"outputChannels":16,"kernelSize":5,"stride":1,"padding":"same","dilation":1}}`.
public indirect enum LayerConfiguration: Codable, Equatable, Sendable {
    case conv1D(inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int, padding: Padding, dilation: Int)
    case conv2D(inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int, padding: Padding)
    case maxPool1D(size: Int, stride: Int, padding: Padding)
    case maxPool2D(size: Int, stride: Int, padding: Padding)
    case avgPool1D(size: Int, stride: Int, padding: Padding)
    case globalAveragePool
    case globalMaxPool
    case dense(inputFeatures: Int, outputFeatures: Int, initializer: Initializer)
    case relu
    case leakyReLU(slope: Float)
    case prelu(channels: Int)
    case sigmoid
    case softmax
    case dropout(rate: Float, seed: UInt64)
    case batchNorm(channels: Int, momentum: Float, epsilon: Float)
    case flatten
    case sequential([LayerConfiguration])

    /// A new layer with these hyper-parameters (parameters initialised with seed 0).
    public func makeLayer() -> any Layer {
        switch self {
        case let .conv1D(inputs, outputs, kernel, stride, padding, dilation):
            return Conv1D(inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, stride: stride,
                          padding: padding, dilation: dilation)
        case let .conv2D(inputs, outputs, kernel, stride, padding):
            return Conv2D(inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, stride: stride,
                          padding: padding)
        case let .maxPool1D(size, stride, padding): return MaxPool1D(size: size, stride: stride, padding: padding)
        case let .maxPool2D(size, stride, padding): return MaxPool2D(size: size, stride: stride, padding: padding)
        case let .avgPool1D(size, stride, padding): return AvgPool1D(size: size, stride: stride, padding: padding)
        case .globalAveragePool: return GlobalAveragePool()
        case .globalMaxPool: return GlobalMaxPool()
        case let .dense(inputs, outputs, initializer):
            return Dense(inputFeatures: inputs, outputFeatures: outputs, initializer: initializer)
        case .relu: return ReLU()
        case let .leakyReLU(slope): return LeakyReLU(slope: slope)
        case let .prelu(channels): return PReLU(channels: channels)
        case .sigmoid: return Sigmoid()
        case .softmax: return Softmax()
        case let .dropout(rate, seed): return Dropout(rate: rate, seed: seed)
        case let .batchNorm(channels, momentum, epsilon):
            return BatchNorm(channels: channels, momentum: momentum, epsilon: epsilon)
        case .flatten: return Flatten()
        case let .sequential(layers): return Sequential(layers.map { $0.makeLayer() })
        }
    }

    /// A one-line description, e.g. `Conv1D(1→16, k5, s1, same, d1)`.
    public var summary: String {
        switch self {
        case let .conv1D(i, o, k, s, p, d): return "Conv1D(\(i)→\(o), k\(k), s\(s), \(p.rawValue), d\(d))"
        case let .conv2D(i, o, k, s, p): return "Conv2D(\(i)→\(o), k\(k)×\(k), s\(s), \(p.rawValue))"
        case let .maxPool1D(size, s, p): return "MaxPool1D(\(size), s\(s), \(p.rawValue))"
        case let .maxPool2D(size, s, p): return "MaxPool2D(\(size)×\(size), s\(s), \(p.rawValue))"
        case let .avgPool1D(size, s, p): return "AvgPool1D(\(size), s\(s), \(p.rawValue))"
        case .globalAveragePool: return "GlobalAveragePool"
        case .globalMaxPool: return "GlobalMaxPool"
        case let .dense(i, o, _): return "Dense(\(i)→\(o))"
        case .relu: return "ReLU"
        case let .leakyReLU(slope): return "LeakyReLU(\(slope))"
        case let .prelu(c): return "PReLU(\(c))"
        case .sigmoid: return "Sigmoid"
        case .softmax: return "Softmax"
        case let .dropout(rate, _): return "Dropout(\(rate))"
        case let .batchNorm(c, _, _): return "BatchNorm(\(c))"
        case .flatten: return "Flatten"
        case let .sequential(layers):
            return "Sequential {\n" + layers.map { "  " + $0.summary.replacingOccurrences(of: "\n", with: "\n  ") }
                .joined(separator: "\n") + "\n}"
        }
    }
}
