import ExoFITS

extension SimulationTruth {
    /// The truth as primary-header cards (keywords `SIM*`), written into simulated FITS files.
    ///
    /// Times are days in the file's time system; depths fractional; angles degrees.
    public var headerCards: [FITSCard] {
        var cards: [FITSCard] = [
            FITSCard(keyword: "SIMULATD", value: .bool(true), comment: "simulated by Exoscope (ExoSim)"),
            FITSCard(keyword: "SIMKIND", value: .string(kind.rawValue), comment: "planet, eb, variable, quiet, instrumental"),
            FITSCard(keyword: "SIMLABEL", value: .string(label), comment: "training label PC, EB or J"),
            FITSCard(keyword: "SIMSEED", value: seed <= UInt64(Int.max) ? .int(Int(seed)) : .string(String(seed)),
                     comment: "seed that reproduces this star"),
            FITSCard(keyword: "SIMMAG", value: .double(magnitude), comment: "magnitude in the mission band"),
            FITSCard(keyword: "SIMNOISE", value: .double(noisePerCadence), comment: "white noise per cadence (fractional)"),
        ]
        if let e = ephemeris {
            cards += [
                FITSCard(keyword: "SIMPER", value: .double(e.period), comment: "[d] true period"),
                FITSCard(keyword: "SIMEPOCH", value: .double(e.epoch), comment: "[d] true mid-transit time (file time system)"),
                FITSCard(keyword: "SIMDUR", value: .double(e.duration), comment: "[d] true duration, first to fourth contact"),
                FITSCard(keyword: "SIMDEPTH", value: .double(e.depth), comment: "true mid-transit depth (fractional)"),
            ]
        }
        if let s = secondaryEclipse {
            cards += [
                FITSCard(keyword: "SIMSECT", value: .double(s.epoch), comment: "[d] secondary eclipse time"),
                FITSCard(keyword: "SIMSECD", value: .double(s.depth), comment: "secondary eclipse depth (fractional)"),
            ]
        }
        if let orbit = transit?.orbit ?? binary?.orbit {
            cards += [
                FITSCard(keyword: "SIMRATIO", value: .double(transit?.radiusRatio ?? binary?.radiusRatio ?? 0),
                         comment: "companion/primary radius ratio"),
                FITSCard(keyword: "SIMAR", value: .double(orbit.semiMajorAxis), comment: "a/R of the primary"),
                FITSCard(keyword: "SIMB", value: .double(orbit.impactParameter), comment: "impact parameter"),
                FITSCard(keyword: "SIMINC", value: .double(orbit.inclinationDegrees), comment: "[deg] inclination"),
                FITSCard(keyword: "SIMECC", value: .double(orbit.eccentricity), comment: "eccentricity"),
                FITSCard(keyword: "SIMOMEGA", value: .double(orbit.periastronDegrees), comment: "[deg] argument of periastron"),
            ]
        }
        if let b = binary {
            cards += [
                FITSCard(keyword: "SIMTEFF1", value: .double(b.primaryTemperature), comment: "[K] primary temperature"),
                FITSCard(keyword: "SIMTEFF2", value: .double(b.secondaryTemperature), comment: "[K] secondary temperature"),
                FITSCard(keyword: "SIMTHIRD", value: .double(b.thirdLightFraction), comment: "third-light fraction"),
            ]
        }
        if let spots = variability.spots {
            cards += [
                FITSCard(keyword: "SIMPROT", value: .double(spots.rotationPeriod), comment: "[d] rotation period"),
                FITSCard(keyword: "SIMSPOTA", value: .double(spots.amplitude), comment: "spot semi-amplitude (fractional)"),
            ]
        }
        if !variability.pulsations.isEmpty {
            cards.append(FITSCard(keyword: "SIMNPULS", value: .int(variability.pulsations.count), comment: "pulsation modes"))
        }
        if !variability.flares.isEmpty {
            cards.append(FITSCard(keyword: "SIMNFLAR", value: .int(variability.flares.count), comment: "flares"))
        }
        if let systematics {
            cards += [
                FITSCard(keyword: "SIMNRAMP", value: .int(systematics.ramps.count), comment: "instrumental ramps"),
                FITSCard(keyword: "SIMNSTEP", value: .int(systematics.steps.count), comment: "dropouts and pointing jumps"),
                FITSCard(keyword: "SIMROLL", value: .double(systematics.sawtooth?.amplitude ?? 0),
                         comment: "K2 roll sawtooth, peak to peak (fractional)"),
            ]
        }
        return cards
    }
}
