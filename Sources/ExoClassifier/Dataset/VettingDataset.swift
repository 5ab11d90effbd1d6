import ExoViews
import Foundation

/// Reads and writes labelled TFRecord files of ``VettingRecord``s.
public enum VettingDataset {
    /// All records of the TFRecord files at `urls`, in file order.
    ///
    /// - Parameters:
    ///   - viewSizes: the expected view lengths (the TESS set's 201/61/61 by default).
    ///   - requireLabel: when true, a record without `Disposition` is an error.
    public static func read(contentsOf urls: [URL], viewSizes: ViewSizes = .tess, requireLabel: Bool = true) throws -> [VettingRecord] {
        var records: [VettingRecord] = []
        for url in urls {
            let frames = try TFRecordReader.records(contentsOf: url)
            records.reserveCapacity(records.count + frames.count)
            for (index, frame) in frames.enumerated() {
                let example: TFExample
                do {
                    example = try TFExample(serialized: frame)
                } catch {
                    throw ClassifierError.malformedExample(path: url.path, index: index, reason: "\(error)")
                }
                records.append(try VettingRecord(
                    example: example, path: url.path, index: index, viewSizes: viewSizes, requireLabel: requireLabel))
            }
        }
        return records
    }

    /// Writes `records` to a TFRecord file at `url`.
    public static func write(_ records: [VettingRecord], to url: URL) throws {
        try TFRecordWriter.write(records.map { $0.example().serialized() }, to: url)
    }
}
