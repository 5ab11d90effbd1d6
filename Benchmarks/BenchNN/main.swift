import Dispatch
import Foundation
import ExoNN
import ExoRandom

// One training step (forward, softmax cross-entropy, backward, Adam) and inference of the
// AstroNet-size network at batch 64, on 1 and 2 threads. Usage: swift run -c release BenchNN [repeats]

let repeats = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 20 : 20
let batch = 64

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

var generator = SeededGenerator(seed: 2019)
let inputs = [
    Tensor(shape: [batch, 1, 201], standardDeviation: 1, generator: &generator),
    Tensor(shape: [batch, 1, 61], standardDeviation: 1, generator: &generator),
    Tensor(shape: [batch, 1, 61], standardDeviation: 1, generator: &generator),
    Tensor(shape: [batch, AstroNetModel.scalarFeatures], standardDeviation: 1, generator: &generator),
]
let labels = (0..<batch).map { $0 % 3 }
let model = AstroNetModel.make(seed: 1)
let adam = Adam(learningRate: 1e-4)
let loss = SoftmaxCrossEntropy()
print("AstroNet-size network: \(model.trainableParameterCount) parameters, batch \(batch), median of \(repeats) runs")

for threads in [1, 2] {
    Threading.threadCount = threads
    var trainTimes: [Double] = []
    var inferTimes: [Double] = []
    for run in 0..<(repeats + 2) {
        let train = seconds {
            model.zeroGradients()
            let result = loss.evaluate(logits: model.forward(inputs, training: true), labels: labels)
            model.backward(result.gradient)
            adam.step(model.parameters)
        }
        let infer = seconds { _ = model(inputs) }
        if run >= 2 {
            trainTimes.append(train)
            inferTimes.append(infer)
        }
    }
    let train = median(trainTimes), infer = median(inferTimes)
    print(String(format: "threads %d: train step %.1f ms, inference %.1f ms (%.0f samples/s)",
                 threads, train * 1e3, infer * 1e3, Double(batch) / infer))
}

// Raw matrix-multiply speed on square and conv-like shapes (GFLOP/s, one thread).
Threading.threadCount = 1
for (m, n, k) in [(512, 512, 512), (128, 1408, 640), (256, 576, 1280), (64, 512, 1476)] {
    let a = Tensor(shape: [m, k], standardDeviation: 1, generator: &generator)
    let b = Tensor(shape: [k, n], standardDeviation: 1, generator: &generator)
    var c = Tensor(shape: [m, n])
    var times: [Double] = []
    for _ in 0..<max(repeats, 3) {
        times.append(seconds { c = matmul(a, b) })
    }
    print(String(format: "matmul %d×%d×%d: %.1f GFLOP/s", m, n, k, 2 * Double(m * n * k) / median(times) / 1e9))
}
