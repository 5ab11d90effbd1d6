import Dispatch
import Foundation
import ExoNN
import ExoRandom

// One training step (forward, softmax cross-entropy, backward, Adam) and inference of the
// AstroNet-size network at batch 64, on 1 and 2 threads, then the shipped classifier's inference.
// Usage: swift run -c release BenchNN [repeats]

let repeats = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 20 : 20
let batch = 64

/// CPU seconds used by the whole process (all threads): unlike wall time, not inflated when other
/// processes take the cores (the machine is shared), but summed over threads.
func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Wall seconds of `body`.
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Wall and process-CPU seconds of `body`.
func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    let cpuStart = cpuSeconds()
    let wall = seconds(body)
    return (wall, cpuSeconds() - cpuStart)
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
    var train: [(wall: Double, cpu: Double)] = []
    var infer: [(wall: Double, cpu: Double)] = []
    for run in 0..<(repeats + 2) {
        let trainTime = measure {
            model.zeroGradients()
            let result = loss.evaluate(logits: model.forward(inputs, training: true), labels: labels)
            model.backpropagate(result.gradient)
            adam.step(model.parameters)
        }
        let inferTime = measure { _ = model(inputs) }
        if run >= 2 {
            train.append(trainTime)
            infer.append(inferTime)
        }
    }
    let inferWall = median(infer.map(\.wall))
    print(String(format: "threads %d: train step %.1f ms wall (%.1f ms CPU), inference %.1f ms wall (%.1f ms CPU, %.0f samples/s)",
                 threads, median(train.map(\.wall)) * 1e3, median(train.map(\.cpu)) * 1e3, inferWall * 1e3,
                 median(infer.map(\.cpu)) * 1e3, Double(batch) / inferWall))
}

// The shipped classifier's inference (one of its 5 ensemble members; `vet` runs all 5 on each
// signal, batch 1; `predict` and evaluation run batches): wall time per call and samples/s.
do {
    let shipped = try ModelFile.read(contentsOf: ShippedModel.member).model
    print("shipped model member: \(shipped.trainableParameterCount) parameters, median of \(repeats) runs")
    for threads in [1, 2] {
        Threading.threadCount = threads
        for shippedBatch in [1, 64, 256] {
            let x = ShippedModel.inputs(batch: shippedBatch, generator: &generator)
            var times: [Double] = []
            for run in 0..<(repeats + 2) {
                let time = measure { _ = shipped(x) }
                if run >= 2 { times.append(time.wall) }
            }
            let wall = median(times)
            print(String(format: "shipped threads %d, batch %d: inference %.3f ms wall (%.0f samples/s)",
                         threads, shippedBatch, wall * 1e3, Double(shippedBatch) / wall))
        }
    }
} catch {
    print("shipped model: \(error)")
}

// Raw matrix-multiply speed on square and conv-like shapes (GFLOP/s, one thread).
Threading.threadCount = 1
for (m, n, k) in [(512, 512, 512), (128, 1408, 640), (256, 576, 1280), (64, 512, 1476)] {
    let a = Tensor(shape: [m, k], standardDeviation: 1, generator: &generator)
    let b = Tensor(shape: [k, n], standardDeviation: 1, generator: &generator)
    var times: [Double] = []
    for _ in 0..<max(repeats, 3) {
        times.append(measure { withExtendedLifetime(matmul(a, b)) {} }.cpu)
    }
    print(String(format: "matmul %d×%d×%d: %.1f GFLOP/s (CPU time)", m, n, k, 2 * Double(m * n * k) / median(times) / 1e9))
}

// Forward and backward CPU time per layer (one thread): the global-view column, a local-view column
// and the head.
func profile(_ name: String, _ column: Sequential, input: Tensor) {
    print(name)
    var activation = input
    var total = 0.0
    for layer in column.layers {
        var times: [Double] = []
        var next = activation
        for _ in 0..<max(repeats, 3) { times.append(measure { next = layer.forward(activation, training: true) }.cpu) }
        var backTimes: [Double] = []
        for _ in 0..<max(repeats, 3) { backTimes.append(measure { _ = layer.backward(next) }.cpu) }
        total += median(times)
        print(String(format: "  %@ → %@: forward %.2f ms, backward %.2f ms CPU", layer.description, "\(next.shape)",
                     median(times) * 1e3, median(backTimes) * 1e3))
        activation = next
    }
    print(String(format: "  forward total %.2f ms CPU", total * 1e3))
}

profile("global column", AstroNetModel.column(blocks: [16, 32, 64, 128, 256], poolSize: 5), input: inputs[0])
profile("local column", AstroNetModel.column(blocks: [16, 32], poolSize: 7), input: inputs[1])
profile("head", model.head, input: Tensor(shape: [batch, 256 * 3 + 2 * 32 * 11 + AstroNetModel.scalarFeatures],
                                          standardDeviation: 1, generator: &generator))
