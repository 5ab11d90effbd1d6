import Exoscope
import Foundation

/// FITS files: every header value, every table column with the decoder of its type, every image.
enum FITSTargets {
    static func file(_ data: Data) {
        guard let file = try? FITSFile(data: data, path: "fuzz.fits") else { return }
        for hdu in file.hdus {
            for card in hdu.header.cards {
                _ = hdu.header.string(card.keyword)
                _ = hdu.header.double(card.keyword)
                _ = hdu.header.int(card.keyword)
                _ = hdu.header.bool(card.keyword)
            }
            switch hdu.kind {
            case .binaryTable:
                guard let table = try? hdu.binaryTable() else { continue }
                for column in table.columns {
                    _ = try? table.doubles(column.name)
                    _ = try? table.floats(column.name)
                    _ = try? table.integers(column.name)
                    _ = try? table.strings(column.name)
                }
            case .primary, .image:
                guard let image = try? hdu.image() else { continue }
                _ = image.doubles()
                _ = image.integers()
            default:
                continue
            }
        }
    }
}
