import ExoLightCurve

/// One row of MAST's CAOM observation table (`Mast.Caom.Filtered`): a mission time series of one star.
public struct MastObservation: Sendable, Hashable {
    /// CAOM product group id (`obsid`), the key for `Mast.Caom.Products`.
    public var obsid: String
    /// Mission observation id (`obs_id`), e.g. `tess2018206045859-s0001-0000000025155310-0120-s`.
    public var observationID: String
    /// `obs_collection`: `Kepler`, `K2`, `TESS`, `HLSP`.
    public var collection: String
    /// `target_name`: `kplr011442793`, `ktwo201367065`, `25155310`.
    public var targetName: String
    /// `sequence_number`: TESS sector or K2 campaign (nil for Kepler, whose observation spans all quarters).
    public var sequenceNumber: Int?
    /// Right ascension and declination of the target, degrees (`s_ra`, `s_dec`).
    public var rightAscension: Double?
    public var declination: Double?
    /// Exposure time per cadence, seconds (`t_exptime`).
    public var exposureSeconds: Double?

    public init(
        obsid: String, observationID: String, collection: String, targetName: String, sequenceNumber: Int? = nil,
        rightAscension: Double? = nil, declination: Double? = nil, exposureSeconds: Double? = nil
    ) {
        self.obsid = obsid
        self.observationID = observationID
        self.collection = collection
        self.targetName = targetName
        self.sequenceNumber = sequenceNumber
        self.rightAscension = rightAscension
        self.declination = declination
        self.exposureSeconds = exposureSeconds
    }

    /// The mission of the observation, from its collection.
    public var mission: Mission {
        switch collection.lowercased() {
        case "kepler": .kepler
        case "k2": .k2
        case "tess": .tess
        default: .unknown
        }
    }
}

extension MastObservation: Decodable {
    private enum CodingKeys: String, CodingKey {
        case obsid, obs_id, obs_collection, target_name, sequence_number, s_ra, s_dec, t_exptime
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        obsid = try c.decode(LenientString.self, forKey: .obsid).value
        observationID = try c.decodeIfPresent(LenientString.self, forKey: .obs_id)?.value ?? ""
        collection = try c.decodeIfPresent(String.self, forKey: .obs_collection) ?? ""
        targetName = try c.decodeIfPresent(LenientString.self, forKey: .target_name)?.value ?? ""
        let sequenceText = (try? c.decodeIfPresent(LenientString.self, forKey: .sequence_number)) ?? nil
        sequenceNumber = sequenceText.flatMap { Int($0.value) }
        rightAscension = (try? c.decodeIfPresent(Double.self, forKey: .s_ra)) ?? nil
        declination = (try? c.decodeIfPresent(Double.self, forKey: .s_dec)) ?? nil
        exposureSeconds = (try? c.decodeIfPresent(Double.self, forKey: .t_exptime)) ?? nil
    }
}
