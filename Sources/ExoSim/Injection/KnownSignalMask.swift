import ExoLightCurve

/// Removes the transits of known signals from a light curve before injecting into it, so that
/// the star's own planets or eclipses are not counted as recoveries.
public enum KnownSignalMask {
    /// `lightCurve` without the cadences within `widthInDurations / 2` durations of any transit of
    /// `signals` (the default, 2, drops a window twice the duration centred on each transit).
    public static func masking(_ lightCurve: LightCurve, signals: [SignalEphemeris], widthInDurations: Double = 2) -> LightCurve {
        lightCurve.filtered { i in
            let t = lightCurve.time[i]
            return !signals.contains { $0.ephemeris.isInTransit(t, widthInDurations: widthInDurations) }
        }
    }
}
