import Exoscope
import Foundation

/// TFRecord files and the `tf.train.Example` protobufs inside them, read as training data.
enum RecordTargets {
    static func tfrecord(_ data: Data) {
        guard let records = try? TFRecordReader.records(in: data, path: "fuzz.tfrecord") else { return }
        for record in records { example(record) }
    }

    static func example(_ data: Data) {
        guard let example = try? TFExample(serialized: data) else { return }
        for (_, feature) in example.features {
            _ = feature.count
            _ = feature.floatValues
            _ = feature.doubleValues
            _ = feature.firstText
        }
        _ = try? VettingRecord(example: example, path: "fuzz.tfrecord", index: 0, viewSizes: .tess)
        _ = try? VettingRecord(example: example, path: "fuzz.tfrecord", index: 0, viewSizes: .kepler, requireLabel: false)
    }
}
