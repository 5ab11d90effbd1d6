import ArgumentParser
import Exoscope

/// `--mission` values.
enum MissionArgument: String, ExpressibleByArgument, CaseIterable {
    case kepler, k2, tess

    var mission: Mission {
        switch self {
        case .kepler: .kepler
        case .k2: .k2
        case .tess: .tess
        }
    }
}

/// `--products` values.
enum ProductsArgument: String, ExpressibleByArgument, CaseIterable {
    case lc, tpf, all

    var kinds: Set<ProductKind> {
        switch self {
        case .lc: [.lightCurve]
        case .tpf: [.pixelFile]
        case .all: [.lightCurve, .pixelFile]
        }
    }
}
