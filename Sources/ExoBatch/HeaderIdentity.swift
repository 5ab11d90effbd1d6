import ExoLightCurve
import Foundation

extension BatchManifest {
    /// Names a file's star from the target id in its header (`OBJECT`, `KEPLERID`, `TICID`...), as
    /// ``LightCurveReader`` reports it; nil when the file cannot be read (it then becomes a star of its own,
    /// and its failure row says why).
    public static let headerIdentity: Identify = { url in
        guard let id = try? LightCurveReader.read(contentsOf: url).metadata.targetID, !id.isEmpty else { return nil }
        return id
    }
}
