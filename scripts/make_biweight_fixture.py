#!/usr/bin/env python3
"""Reference biweight trends from wotan for ExoDetrend's tests (not run in CI).

    /work/.venv-ref/bin/python scripts/make_biweight_fixture.py
Writes Tests/ExoDetrendTests/Fixtures/biweight_reference.json: a light curve with a slow
variation, noise, two transits and a gap, and wotan's biweight trend (window 0.5 d) without and
with an in-transit mask.
"""
import json
import os

import numpy as np
from wotan import flatten, transit_mask

rng = np.random.default_rng(7)
t = np.arange(0.0, 6.0, 10.0 / 1440.0)
t = t[(t < 2.5) | (t > 3.1)]
flux = 1.0 + 0.004 * np.sin(2 * np.pi * t / 2.3) + 0.0006 * rng.standard_normal(t.size)
flux[np.abs(t - 1.2) < 0.06] -= 0.003
flux[np.abs(t - 4.4) < 0.06] -= 0.003
flux[100] += 0.01  # a flare point
mask = transit_mask(time=t, period=3.2, duration=0.15, T0=1.2)
trend = flatten(t, flux, method="biweight", window_length=0.5, return_trend=True)[1]
trend_masked = flatten(t, flux, method="biweight", window_length=0.5, return_trend=True, mask=mask)[1]
out = {"time": t.tolist(), "flux": flux.tolist(), "mask": [bool(m) for m in mask],
       "window": 0.5, "trend": trend.tolist(), "trend_masked": trend_masked.tolist()}
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "Tests", "ExoDetrendTests", "Fixtures", "biweight_reference.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(path, t.size, "points", int(mask.sum()), "masked", int(np.isnan(trend_masked).sum()), "nan")
