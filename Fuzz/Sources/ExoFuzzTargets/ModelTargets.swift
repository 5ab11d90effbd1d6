import Exoscope
import Foundation

/// Model files: safetensors networks and ensemble manifests, as `--model` reads them.
enum ModelTargets {
    static func model(_ data: Data) {
        let bytes = withValidChecksum(data)
        _ = try? ModelFile.read(data: bytes, path: "fuzz.safetensors")
        let url = Scratch.write(bytes, as: "model.safetensors")
        _ = try? VettingModel.read(contentsOf: url)
    }

    /// `data` with `__metadata__.data_crc32` set to the checksum of its body, so that mutations get
    /// past the checksum to the architecture and tensors; `data` itself when its header is not JSON.
    static func withValidChecksum(_ data: Data) -> Data {
        guard data.count >= 8 else { return data }
        let length = data.prefix(8).reversed().reduce(UInt64(0)) { ($0 << 8) | UInt64($1) }
        guard length <= UInt64(data.count - 8) else { return data }
        let headerEnd = 8 + Int(length)
        let header = data.subdata(in: 8..<headerEnd)
        let body = data.subdata(in: headerEnd..<data.count)
        guard var json = (try? JSONSerialization.jsonObject(with: header)) as? [String: Any],
              var metadata = json["__metadata__"] as? [String: Any] else { return data }
        let checksum = String(body.withUnsafeBytes { CRC32.checksum($0) }, radix: 16)
        metadata["data_crc32"] = String(repeating: "0", count: 8 - checksum.count) + checksum
        json["__metadata__"] = metadata
        guard let newHeader = try? JSONSerialization.data(withJSONObject: json) else { return data }
        var fixed = Data()
        var newLength = UInt64(newHeader.count).littleEndian
        withUnsafeBytes(of: &newLength) { fixed.append(contentsOf: $0) }
        fixed.append(newHeader)
        fixed.append(body)
        return fixed
    }
}
