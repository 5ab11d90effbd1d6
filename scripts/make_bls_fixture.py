#!/usr/bin/env python3
"""Reference periodograms from astropy's BoxLeastSquares for ExoSearch's tests.

Run with the reference venv (not in CI):
    /work/.venv-ref/bin/python scripts/make_bls_fixture.py
Writes Tests/ExoSearchTests/Fixtures/bls_reference.json: a synthetic light curve (box transits,
Gaussian noise, uneven errors, a gap), the grid, and astropy's results for both objectives.
"""
import json
import os

import numpy as np
from astropy.timeseries import BoxLeastSquares

rng = np.random.default_rng(20261202)
# 10 days of 15-minute data with a 1.5-day gap, planet at 2.37 d, depth 2000 ppm, 0.11 d long.
t = np.arange(0.0, 10.0, 15.0 / 1440.0)
t = t[(t < 5.0) | (t > 6.5)]
t = t + 1700.0
period, t0, dur, depth = 2.37, 1700.83, 0.11, 0.002
err = 0.0008 * (1 + 0.3 * rng.random(t.size))
flux = 1.0 + err * rng.standard_normal(t.size)
phase = (t - t0 + 0.5 * period) % period - 0.5 * period
flux[np.abs(phase) < 0.5 * dur] -= depth

durations = np.array([0.05, 0.08, 0.12, 0.16])
out = {"time": t.tolist(), "flux": flux.tolist(), "flux_err": err.tolist(), "durations": durations.tolist()}
for name, dy in (("weighted", err), ("unweighted", None)):
    bls = BoxLeastSquares(t, flux, dy)
    periods = np.asarray(bls.autoperiod(durations, minimum_period=0.6, maximum_period=4.0, frequency_factor=3.0))
    out[name] = {"periods": periods.tolist()}
    for objective in ("likelihood", "snr"):
        r = bls.power(periods, durations, objective=objective)
        best = int(np.argmax(r.power))
        out[name][objective] = {
            "power": np.asarray(r.power).tolist(),
            "transit_time": np.asarray(r.transit_time).tolist(),
            "best": {key: float(np.asarray(getattr(r, key))[best]) for key in (
                "period", "power", "depth", "depth_err", "duration", "transit_time", "depth_snr",
                "log_likelihood")},
        }
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "Tests", "ExoSearchTests", "Fixtures", "bls_reference.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(path, len(out["time"]), "points", len(out["weighted"]["periods"]), "periods")
