import Foundation

/// libFuzzer's entry point: runs the target named by the environment variable `EXOFUZZ_TARGET`
/// (one of ``FuzzTarget``) on one input. Every thrown error is an accepted answer; a trap, a
/// sanitizer report, a leak or a timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func exoFuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzTarget.selected.run(data)
    return 0
}

/// Every fuzz target, named as `scripts/fuzz.sh` names it.
enum FuzzTarget: String, CaseIterable {
    /// FITS headers, binary tables and images (`FITSFile` and every column and image decoder).
    case fits
    /// gzip-compressed FITS (the same decoders behind `Gzip.inflate`; the corpus holds `.fits.gz`).
    case gzip
    /// Mission light-curve files through `LightCurveReader` (tables, metadata, damaged-time cleaning).
    case lightcurve
    /// Target pixel files: the light curve summed over an aperture and `PixelTimeSeries`.
    case pixel
    /// CSV and whitespace text light curves.
    case text
    /// TFRecord framing, then `tf.train.Example` and vetting records in each record.
    case tfrecord
    /// A bare `tf.train.Example` protobuf (past the TFRecord checksums).
    case example
    /// safetensors model files and ensemble manifests (the harness fixes up the body checksum).
    case model
    /// Batch manifests (CSV).
    case manifest
    /// Batch journals (JSON lines) and batch descriptions.
    case journal

    /// The target named by `EXOFUZZ_TARGET`; stops the process with a list of names otherwise.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["EXOFUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("EXOFUZZ_TARGET must be one of: \(names) (got '\(name)')\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ data: Data) {
        switch self {
        case .fits, .gzip: FITSTargets.file(data)
        case .lightcurve: LightCurveTargets.missionFile(data)
        case .pixel: LightCurveTargets.pixelFile(data)
        case .text: LightCurveTargets.text(data)
        case .tfrecord: RecordTargets.tfrecord(data)
        case .example: RecordTargets.example(data)
        case .model: ModelTargets.model(data)
        case .manifest: BatchTargets.manifest(data)
        case .journal: BatchTargets.journal(data)
        }
    }
}

/// A scratch folder of this process for targets whose parsers read from a path.
enum Scratch {
    static let folder: URL = {
        let url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("exofuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Writes `data` to `name` in the scratch folder and returns its URL.
    static func write(_ data: Data, as name: String) -> URL {
        let url = folder.appendingPathComponent(name)
        do {
            try data.write(to: url)
        } catch {
            fatalError("cannot write the fuzz input to \(url.path): \(error)")
        }
        return url
    }
}
