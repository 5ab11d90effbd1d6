#!/usr/bin/env python3
"""Reference light curves read with astropy, stored as a small test fixture.

Reads every light-curve FITS file under ../shared/data/fits (or $EXOSCOPE_DATA/fits) with
astropy.io.fits and numpy only, applying Exoscope's documented reading rules (flux column
preference, lightkurve quality bitmasks, dropping non-finite rows, aperture sums for pixel files),
and writes per file and configuration: the row counts, sampled rows and column sums to
Tests/ExoLightCurveTests/Fixtures/reference_lightcurves.json. Not run by CI.

    /work/.venv-ref/bin/python scripts/make_reference_lightcurves.py
"""
import json
import os
import sys

import numpy as np
from astropy.io import fits

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("EXOSCOPE_DATA") or os.path.join(os.path.dirname(ROOT), "shared", "data")
OUT = os.path.join(ROOT, "Tests", "ExoLightCurveTests", "Fixtures", "reference_lightcurves.json")

MASKS = {  # lightkurve KeplerQualityFlags / TessQualityFlags
    "kepler": {"none": 0, "default": 1130799, "hard": 1664431, "hardest": 2096639},
    "tess": {"none": 0, "default": 175, "hard": 7407, "hardest": 65535},
}
FLUX = {"pdcsap": ["PDCSAP_FLUX", "KSPSAP_FLUX", "DET_FLUX", "FCOR", "FLUX"], "sap": ["SAP_FLUX", "FRAW", "FLUX"]}
CONFIGS = [("pdcsap", "default"), ("sap", "default"), ("pdcsap", "none"), ("pdcsap", "hard")]


def mission(h):
    p = h[0].header
    m = str(p.get("MISSION", "")).upper()
    t = str(p.get("TELESCOP", "")).upper()
    if m == "K2":
        return "k2"
    if m == "TESS" or t == "TESS":
        return "tess"
    if m == "KEPLER" or t == "KEPLER":
        return "k2" if "CAMPAIGN" in p else "kepler"
    return "unknown"


def names(hdu):
    return [c.name.upper() for c in hdu.columns]


def scalar_cols(hdu):
    return {c.name.upper() for c in hdu.columns if c.format.repeat == 1}


def threshold_mask(flux, shape, sigma=3.0):
    image = np.nanmedian(flux, axis=0).ravel()
    finite = image[np.isfinite(image)]
    center = np.median(finite)
    mad = np.median(np.abs(finite - center)) * 1.4826
    with np.errstate(invalid="ignore"):
        mask = np.isfinite(image) & (image > (center + sigma * mad if mad != 0 else center))
    width = shape[-1]
    height = mask.size // width
    if not mask.any():
        return mask
    cx, cy = (width - 1) / 2, (height - 1) / 2
    idx = np.flatnonzero(mask)
    d = (idx % width - cx) ** 2 + (idx // width - cy) ** 2
    start = idx[np.argmin(d)]
    region = np.zeros_like(mask)
    region[start] = True
    stack = [start]
    while stack:
        i = stack.pop()
        x, y = i % width, i // width
        for nx, ny in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
            if 0 <= nx < width and 0 <= ny < height:
                j = ny * width + nx
                if mask[j] and not region[j]:
                    region[j] = True
                    stack.append(j)
    return region


def read(path, flux_choice, quality_choice):
    with fits.open(path) as h:
        tables = [x for x in h if isinstance(x, fits.BinTableHDU)]
        fluxnames = set(FLUX["pdcsap"] + FLUX["sap"])
        lc = next((x for x in tables if scalar_cols(x) & fluxnames), None)
        mis = mission(h)
        bitmask = MASKS["tess" if mis == "tess" else "kepler"][quality_choice]
        if lc is not None:
            d = lc.data
            cols = names(lc)
            tcol = "TIME" if "TIME" in cols else "T"
            fcol = next(c for c in FLUX[flux_choice] if c in scalar_cols(lc))
            time = np.asarray(d[tcol], dtype=np.float64)
            flux = np.asarray(d[fcol], dtype=np.float64)
            ecol = fcol + "_ERR"
            err = np.asarray(d[ecol], dtype=np.float64) if ecol in cols else np.full(len(time), np.nan)
            qcol = next((c for c in ("QUALITY", "SAP_QUALITY") if c in cols), None)
            quality = np.asarray(d[qcol], dtype=np.int64) if qcol else np.zeros(len(time), dtype=np.int64)
            kind = "K2SFF light curve" if fcol in ("FCOR", "FRAW") else "light curve"
        else:
            pix = next(x for x in tables if "TIME" in names(x) and x.columns["FLUX"].format.repeat > 1)
            d = pix.data
            time = np.asarray(d["TIME"], dtype=np.float64)
            cube = np.asarray(d["FLUX"], dtype=np.float64).reshape(len(time), -1)
            ecube = np.asarray(d["FLUX_ERR"], dtype=np.float64).reshape(len(time), -1)
            aperture = None
            if "APERTURE" in h and h["APERTURE"].data is not None and h["APERTURE"].data.size == cube.shape[1]:
                aperture = (np.asarray(h["APERTURE"].data, dtype=np.int64).ravel() & 2) != 0
            if aperture is None or not aperture.any():
                aperture = threshold_mask(cube, d["FLUX"].shape[1:])
            if not aperture.any():
                aperture = np.ones(cube.shape[1], dtype=bool)
            sel = cube[:, aperture]
            esel = ecube[:, aperture]
            finite = np.isfinite(sel)
            flux = np.where(finite.any(axis=1), np.nansum(np.where(finite, sel, 0.0), axis=1), np.nan)
            err = np.where(finite.any(axis=1), np.sqrt(np.sum(np.where(finite, esel, 0.0) ** 2, axis=1)), np.nan)
            quality = np.asarray(d["QUALITY"], dtype=np.int64)
            kind = "target pixel file"
        byq = (quality & bitmask) != 0
        bad = ~byq & ~(np.isfinite(time) & np.isfinite(flux))
        keep = ~byq & ~bad
        t, f, e, q = time[keep], flux[keep], err[keep], quality[keep]
        n = len(t)
        rows = sorted(set(i for i in (0, 1, 2, n // 4, n // 2, 3 * n // 4, n - 3, n - 2, n - 1) if 0 <= i < n))
        return {
            "product": kind,
            "rows": int(len(time)),
            "kept": int(n),
            "dropped_quality": int(byq.sum()),
            "dropped_nonfinite": int(bad.sum()),
            # Floats as repr strings: exact, whatever JSON parser reads them.
            "samples": [[int(i), repr(float(t[i])), repr(float(f[i])), repr(float(e[i])), int(q[i])] for i in rows],
            "sum_time": repr(float(np.sum(t))),
            "sum_flux": repr(float(np.sum(f))),
            "sum_err": repr(float(np.nansum(e))),
        }


def main():
    fitsdir = os.path.join(DATA, "fits")
    out = {}
    for folder in sorted(os.listdir(fitsdir)):
        for name in sorted(os.listdir(os.path.join(fitsdir, folder))):
            if not (name.endswith(".fits") or name.endswith(".fits.gz")):
                continue
            rel = f"{folder}/{name}"
            path = os.path.join(fitsdir, rel)
            try:
                entry = {f"{fl}/{q}": read(path, fl, q) for fl, q in CONFIGS}
            except StopIteration:
                print("no light curve:", rel, file=sys.stderr)
                continue
            out[rel] = entry
            print(rel, entry["pdcsap/default"]["kept"], file=sys.stderr)
    with open(OUT, "w") as fh:
        json.dump(out, fh, indent=0, sort_keys=True)
    print("wrote", OUT, os.path.getsize(OUT), "bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
