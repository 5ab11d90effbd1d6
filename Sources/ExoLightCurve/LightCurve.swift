import ExoBasics

/// A photometric time series of one star: the type every step of Exoscope passes along.
///
/// Times are days in the mission's barycentric system (BJD minus ``LightCurveMetadata/timeReference``),
/// exactly as the file's `TIME` column stores them. Fluxes are in the file's units (e-/s for the
/// mission pipelines) until ``normalized()`` divides them by their median.
///
/// All arrays have the same length; each index is one cadence.
public struct LightCurve: Sendable {
    /// Mid-exposure times, days (BJD − `metadata.timeReference`).
    public var time: [Double]
    /// Flux per cadence.
    public var flux: [Double]
    /// One-sigma flux uncertainty per cadence (NaN where the product has none).
    public var fluxError: [Double]
    /// The pipeline's quality bitmask per cadence (0 where the product has none).
    public var quality: [Int32]
    /// The spacecraft cadence number per cadence, where the product has one.
    public var cadenceNumber: [Int32]?
    /// Where the data come from.
    public var metadata: LightCurveMetadata

    /// Creates a light curve; `fluxError` and `quality` default to NaN and 0.
    ///
    /// - Precondition: every given array has the length of `time`.
    public init(
        time: [Double], flux: [Double], fluxError: [Double]? = nil, quality: [Int32]? = nil,
        cadenceNumber: [Int32]? = nil, metadata: LightCurveMetadata = LightCurveMetadata()
    ) {
        precondition(flux.count == time.count, "flux must have \(time.count) values, got \(flux.count)")
        let errors = fluxError ?? [Double](repeating: .nan, count: time.count)
        let flags = quality ?? [Int32](repeating: 0, count: time.count)
        precondition(errors.count == time.count, "fluxError must have \(time.count) values, got \(errors.count)")
        precondition(flags.count == time.count, "quality must have \(time.count) values, got \(flags.count)")
        if let cadenceNumber {
            precondition(cadenceNumber.count == time.count, "cadenceNumber must have \(time.count) values, got \(cadenceNumber.count)")
        }
        self.time = time
        self.flux = flux
        self.fluxError = errors
        self.quality = flags
        self.cadenceNumber = cadenceNumber
        self.metadata = metadata
    }

    /// Number of cadences.
    public var count: Int { time.count }
    /// True when there are no cadences.
    public var isEmpty: Bool { time.isEmpty }

    /// The cadences at `indices`, in that order, with the same metadata.
    public func selecting<S: Sequence>(_ indices: S) -> LightCurve where S.Element == Int {
        var result = LightCurve(time: [], flux: [], fluxError: [], quality: [],
                                cadenceNumber: cadenceNumber == nil ? nil : [], metadata: metadata)
        for i in indices {
            result.time.append(time[i])
            result.flux.append(flux[i])
            result.fluxError.append(fluxError[i])
            result.quality.append(quality[i])
            result.cadenceNumber?.append(cadenceNumber![i])
        }
        return result
    }

    /// The cadences for which `isIncluded` is true.
    public func filtered(_ isIncluded: (Int) -> Bool) -> LightCurve {
        selecting(indices.lazy.filter(isIncluded))
    }

    /// Indices `0..<count`.
    public var indices: Range<Int> { 0..<count }

    /// The light curve without cadences whose time or flux is not finite.
    public func removingNaNs() -> LightCurve {
        filtered { time[$0].isFinite && flux[$0].isFinite }
    }

    /// Median of the finite fluxes (NaN if there are none).
    public var medianFlux: Double { RobustStatistics.median(flux) }

    /// Flux and error divided by the median flux, so the baseline is 1.
    public func normalized() -> LightCurve {
        var result = self
        let m = medianFlux
        guard m.isFinite, m != 0 else { return result }
        for i in indices {
            result.flux[i] /= m
            result.fluxError[i] /= m
        }
        result.metadata.isNormalized = true
        return result
    }
}

