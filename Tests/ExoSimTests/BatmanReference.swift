import Foundation

/// The batman fluxes stored by `scripts/make_batman_reference.py` (batman-package 2.5).
struct BatmanReference: Decodable {
    struct Occultation: Decodable {
        var p: Double, u1: Double, u2: Double
        var z: [Double], flux: [Double]
    }
    struct LightCurveCase: Decodable {
        var name: String
        var t0: Double, period: Double, rp: Double, a: Double, inc: Double, ecc: Double, w: Double
        var u1: Double, u2: Double, exposure: Double, supersample: Int
        var time: [Double], flux: [Double]
    }
    var occultation: [Occultation]
    var lightcurves: [LightCurveCase]

    static func load() throws -> BatmanReference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/batman_reference.json")
        return try JSONDecoder().decode(BatmanReference.self, from: Data(contentsOf: url))
    }
}
