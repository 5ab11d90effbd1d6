#!/usr/bin/env python3
"""Epochs of Kepler-90's eight planets in the three shared quarters (Q3, Q4 first month, Q5).

Used to mask the planets before injection-recovery (docs/injection-recovery.md). Run outside CI:
    /work/.venv-ref/bin/python scripts/kepler90_ephemerides.py [DATA_DIR]
The periods are the published ones (../shared/data/targets.csv). The PDCSAP flux (default quality
mask) of the stitched quarters is flattened with wotan's biweight (1.5-day window); for each planet,
deepest first, a box of the planet's approximate duration is scanned over one period of epochs in
5-minute steps and the epoch with the highest SNR is kept; its transits are then masked for the next
planet. b, c and i come out at SNR 4-6 over the three quarters: their epochs are uncertain, and they
are below what a search finds in one quarter anyway.
"""
import sys

import numpy as np
from astropy.io import fits
from wotan import flatten

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
files = ["kplr011442793-2009350155506_llc.fits", "kplr011442793-2010009091648_llc.fits",
         "kplr011442793-2010174085026_llc.fits"]
times, fluxes = [], []
for name in files:
    table = fits.open(f"{data}/fits/kepler/{name}")[1].data
    keep = (np.isfinite(table["TIME"]) & np.isfinite(table["PDCSAP_FLUX"])
            & ((table["SAP_QUALITY"] & 1130799) == 0))
    flux = table["PDCSAP_FLUX"][keep]
    times.append(table["TIME"][keep])
    fluxes.append(flux / np.median(flux))
t = np.concatenate(times)
flat = flatten(t, np.concatenate(fluxes), method="biweight", window_length=1.5)
ok = np.isfinite(flat)
t, flat = t[ok], flat[ok]
sigma = 1.4826 * np.median(np.abs(np.diff(flat))) / np.sqrt(2)

# name: (period d, approximate duration d), deepest first
planets = {"h": (331.60059, 0.5), "g": (210.60697, 0.45), "f": (124.9144, 0.35), "e": (91.93913, 0.3),
           "d": (59.73667, 0.35), "i": (14.44912, 0.15), "c": (8.71938, 0.13), "b": (7.00815, 0.12)}
masked = np.zeros(len(t), bool)
for name, (period, duration) in planets.items():
    best = None
    for epoch in np.arange(t.min(), t.min() + period, 0.005):
        phase = ((t - epoch) / period + 0.5) % 1 - 0.5
        inside = (np.abs(phase * period) < duration / 2) & ~masked
        if inside.sum() < 3:
            continue
        depth = 1 - flat[inside].mean()
        snr = depth / sigma * np.sqrt(inside.sum())
        if best is None or snr > best[0]:
            best = (snr, epoch, depth)
    phase = ((t - best[1]) / period + 0.5) % 1 - 0.5
    masked |= np.abs(phase * period) < duration
    print(f"{name}: --mask {period},{best[1]:.4f},{duration + 0.1:.2f}   "
          f"(depth {best[2] * 1e6:.0f} ppm, SNR {best[0]:.1f})")
