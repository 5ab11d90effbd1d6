import ExoBasics
import Foundation

extension VettingModel {
    /// The classifier shipped with Exoscope: an `astronet` ensemble of 5 networks trained on the
    /// TESS vetting set's training split and selected on its validation split (see
    /// `docs/classifier.md` for its numbers and the command that retrains it). Built into the
    /// executable (``EmbeddedModelFiles``); loaded once, then shared.
    public static var `default`: VettingModel {
        get throws { try defaultModel.get() }
    }

    /// The name of the default model's manifest among the ``EmbeddedModelFiles``.
    static let defaultModelFile = "default-model.json"

    /// Names the default model by its files: the CRC-32 of the manifest and every member file, in
    /// the manifest's order, as 8 hex digits. Another training run gives another identity.
    public static func defaultModelIdentity() throws -> String {
        var crc: UInt32 = 0
        for name in try memberFiles(file: defaultModelFile, read: EmbeddedModelFiles.read) {
            crc = CRC32.checksum(try EmbeddedModelFiles.read(name).data, continuing: crc)
        }
        return String(format: "%08x", crc)
    }

    private static let defaultModel: Result<VettingModel, Error> = Result {
        try VettingModel.read(file: defaultModelFile, read: EmbeddedModelFiles.read)
    }
}
