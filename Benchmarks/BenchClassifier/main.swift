// Classifier benchmarks: TFRecord reading, view making, training epoch time and inference
// throughput. Run with `swift run -c release BenchClassifier [DATA_DIR]` (default ../shared/data).
import ExoClassifier
import ExoLightCurve
import ExoViews
import Foundation

let dataRoot = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "../shared/data")
let vettingFolder = dataRoot.appendingPathComponent("tess-vetting")
let trainShard = vettingFolder.appendingPathComponent("train-00000-of-00008.tfrecord")
let validation = vettingFolder.appendingPathComponent("val-00000-of-00001.tfrecord")

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

do {
    var records: [VettingRecord] = []
    let readTime = try seconds { records = try VettingDataset.read(contentsOf: [trainShard]) }
    print(String(format: "read %@: %d records in %.3f s (%.0f records/s)", trainShard.lastPathComponent, records.count,
                 readTime, Double(records.count) / readTime))
    let validationRecords = try VettingDataset.read(contentsOf: [validation])

    let fits = dataRoot.appendingPathComponent("fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits")
    let lightCurve = try LightCurveReader.read(contentsOf: fits).normalized()
    var viewsMade = 0
    let viewTime = try seconds {
        for _ in 0..<20 {
            _ = try TransitViews.make(lightCurve: lightCurve, period: 3.28867, epoch: 1327.5209, duration: 0.1424)
            viewsMade += 1
        }
    }
    print(String(format: "views of WASP-126 (%d cadences): %.1f ms per TCE", lightCurve.count, 1000 * viewTime / Double(viewsMade)))

    for kind in VettingModelKind.allCases {
        var configuration = TrainingConfiguration(kind: kind)
        configuration.epochs = 1
        configuration.junkFraction = 1
        var report: EpochReport?
        let model = try Trainer(configuration: configuration).train(training: records, validation: validationRecords) { report = $0 }
        if let report {
            print(String(format: "%@: one epoch over %d records + validation on %d: %.1f s (%.0f records/s)",
                         kind.rawValue, records.count, validationRecords.count, report.seconds,
                         Double(records.count + validationRecords.count) / report.seconds))
        }
        var predicted = 0
        let inferenceTime = try seconds { predicted = try model.predict(validationRecords).count }
        print(String(format: "%@: inference %.0f records/s", kind.rawValue, Double(predicted) / inferenceTime))
    }
    let defaultModel = try VettingModel.default
    let defaultTime = try seconds { _ = try defaultModel.predict(validationRecords) }
    print(String(format: "default model (%d networks): inference %.0f records/s", defaultModel.memberCount,
                 Double(validationRecords.count) / defaultTime))
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
