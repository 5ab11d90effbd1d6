/// One downloadable file of a MAST observation (a row of `Mast.Caom.Products`).
public struct MastProduct: Sendable, Hashable {
    /// The observation's product group id.
    public var obsid: String
    /// The file's MAST URI, e.g. `mast:TESS/product/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits`.
    public var dataURI: String
    /// The file name (`productFilename`).
    public var fileName: String
    /// `productSubGroupDescription`: `LC`, `TP` (TESS); `LLC`, `SLC`, `TPF` (Kepler, K2)...
    public var subgroup: String
    /// `obs_collection` of the parent observation.
    public var collection: String
    /// Size in bytes, if MAST announced it.
    public var size: Int?

    public init(obsid: String, dataURI: String, fileName: String, subgroup: String, collection: String, size: Int?) {
        self.obsid = obsid
        self.dataURI = dataURI
        self.fileName = fileName
        self.subgroup = subgroup
        self.collection = collection
        self.size = size
    }

    /// What the file holds, from its name: light curve, target pixel file, or something else.
    public var kind: ProductKind? { ProductKind(fileName: fileName) }

    /// The Kepler quarter of a Kepler light curve or pixel file, from the time stamp in its name.
    public var keplerQuarter: Int? { KeplerQuarter.quarter(ofFileName: fileName) }
}

extension MastProduct: Decodable {
    private enum CodingKeys: String, CodingKey {
        case obsID, obsid, dataURI, productFilename, productSubGroupDescription, obs_collection, size
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let groupID = (try? c.decodeIfPresent(LenientString.self, forKey: .obsID)) ?? nil
        let lowerGroupID = (try? c.decodeIfPresent(LenientString.self, forKey: .obsid)) ?? nil
        obsid = groupID?.value ?? lowerGroupID?.value ?? ""
        dataURI = try c.decode(String.self, forKey: .dataURI)
        fileName = try c.decodeIfPresent(String.self, forKey: .productFilename)
            ?? String(dataURI.split(separator: "/").last ?? "")
        subgroup = ((try? c.decodeIfPresent(String.self, forKey: .productSubGroupDescription)) ?? nil) ?? ""
        collection = ((try? c.decodeIfPresent(String.self, forKey: .obs_collection)) ?? nil) ?? ""
        let sizeText = (try? c.decodeIfPresent(LenientString.self, forKey: .size)) ?? nil
        size = sizeText.flatMap { Int($0.value) }
    }
}
